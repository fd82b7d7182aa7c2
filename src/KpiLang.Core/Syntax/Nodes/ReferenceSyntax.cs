using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary>A name that must resolve to a declaration, or a quoted name for a party that is not declared.</summary>
public sealed class ReferenceSyntax(SyntaxToken? identifier, TextSyntax? text) : SyntaxNode
{
    public SyntaxToken? Identifier { get; } = identifier;
    public TextSyntax? Text { get; } = text;
    public bool IsName => Identifier is not null;
    public string Value => Identifier?.Text ?? Text?.Value ?? string.Empty;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new ReferenceSyntax(r.TokenOrNull(Identifier), r.NodeOrNull(Text));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Identifier, Text);
}
