namespace KpiLang.Semantics;

public enum SymbolKind
{
    Organisation,
    Scope,
    Actor,
    Goal,
    Effort,
    Indicator,
}

public static class SymbolKindNames
{
    /// <summary>"een doel" / "a goal": for messages.</summary>
    public static Diagnostics.LocalizedText WithArticle(this SymbolKind kind) => kind switch
    {
        SymbolKind.Organisation => new("een organisatie", "an organisation"),
        SymbolKind.Scope => new("een scope", "a scope"),
        SymbolKind.Actor => new("een actor", "an actor"),
        SymbolKind.Goal => new("een doel", "a goal"),
        SymbolKind.Effort => new("een inspanning", "an effort"),
        SymbolKind.Indicator => new("een indicator", "an indicator"),
        var other => throw new ArgumentOutOfRangeException(nameof(kind), other, null),
    };

    /// <summary>The keyword that declares this kind of symbol, from the keyword table: "doel".</summary>
    public static string Keyword(this SymbolKind kind) => Syntax.Keywords.Of(kind.Declaration()).Text;

    public static Syntax.DeclarationKind Declaration(this SymbolKind kind) => kind switch
    {
        SymbolKind.Organisation => Syntax.DeclarationKind.Organisation,
        SymbolKind.Scope => Syntax.DeclarationKind.Scope,
        SymbolKind.Actor => Syntax.DeclarationKind.Actor,
        SymbolKind.Goal => Syntax.DeclarationKind.Goal,
        SymbolKind.Effort => Syntax.DeclarationKind.Effort,
        SymbolKind.Indicator => Syntax.DeclarationKind.Indicator,
        var other => throw new ArgumentOutOfRangeException(nameof(kind), other, null),
    };
}
