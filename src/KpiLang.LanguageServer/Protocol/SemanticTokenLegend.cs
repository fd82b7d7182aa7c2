namespace KpiLang.LanguageServer.Protocol;

/// <summary>
/// The token types and modifiers this server may report; indexes into these arrays are what goes on the wire. Only
/// names are sent today (see SemanticTokensProvider); the other types stay in the legend so its indexes are stable.
/// </summary>
public static class SemanticTokenLegend
{
    public const int Keyword = 0;
    public const int String = 1;
    public const int Number = 2;
    public const int Comment = 3;
    public const int Operator = 4;
    public const int Property = 5;
    public const int Class = 6;       // actor
    public const int Namespace = 7;   // organisation, scope
    public const int Event = 8;
    public const int Function = 9;    // effort
    public const int Variable = 10;   // indicator
    public const int Type = 11;
    public const int EnumMember = 12; // goal

    public const int DeclarationModifier = 1;

    public static readonly SemanticTokensLegend Legend = new(
        ["keyword", "string", "number", "comment", "operator", "property", "class", "namespace", "event", "function", "variable", "type", "enumMember"],
        ["declaration"]);
}
