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
        _ => new("een indicator", "an indicator"),
    };

    public static string Keyword(this SymbolKind kind) => kind switch
    {
        SymbolKind.Organisation => "organisatie",
        SymbolKind.Scope => "scope",
        SymbolKind.Actor => "actor",
        SymbolKind.Goal => "doel",
        SymbolKind.Effort => "inspanning",
        _ => "indicator",
    };
}
