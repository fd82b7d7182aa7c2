using KpiLang.Diagnostics;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>
/// A declared thing: organisation, scope, actor, goal, effort or indicator. Symbols are created and filled by the
/// binder and never change after the compilation is built.
/// </summary>
public abstract class Symbol(string name, string? title, DeclarationSyntax declaration, SyntaxTree tree, Symbol? container)
{
    public string Name { get; } = name;

    /// <summary>The human title in quotes after the name, or the name when there is none.</summary>
    public string Title { get; } = title ?? name;

    public abstract SymbolKind Kind { get; }

    public DeclarationSyntax Declaration { get; } = declaration;

    public SyntaxTree SyntaxTree { get; } = tree;

    /// <summary>The declaration this one is nested in (a goal for an effort, say), or null at top level.</summary>
    public Symbol? Container { get; } = container;

    /// <summary>Where the name is written in the declaration.</summary>
    public Location Location => new(SyntaxTree.Text, Declaration.Name.IsMissing ? Declaration.Keyword.Span : Declaration.Name.Span);

    /// <summary>The whole declaration, for outlines and folding.</summary>
    public Location DeclarationLocation => new(SyntaxTree.Text, Declaration.Span);

    private System.Collections.Immutable.ImmutableDictionary<PropertyKey, string> _texts =
        System.Collections.Immutable.ImmutableDictionary<PropertyKey, string>.Empty;

    /// <summary>
    /// The value of a text property ('omschrijving', 'bron', 'missie' …), or null when it is not given. Text
    /// properties are kept by key, so a new one (a row in the keyword table) needs no field of its own here.
    /// </summary>
    public string? Text(PropertyKey key) => _texts.GetValueOrDefault(key);

    internal void SetText(PropertyKey key, string value) => _texts = _texts.SetItem(key, value);

    public string? Description => Text(PropertyKey.Omschrijving);

    public string? Explanation => Text(PropertyKey.Toelichting);

    /// <summary>Actors who take part besides the one owner ('betrokken:'), for a scope, goal, effort or indicator.</summary>
    public System.Collections.Immutable.ImmutableArray<ActorSymbol> Involved { get; internal set; } = [];

    public override string ToString() => $"{Kind.Keyword()} {Name}";
}
