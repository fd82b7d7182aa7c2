namespace KpiLang.LanguageServer.Protocol;

/// <summary>The token types and modifiers this server reports; indexes into these arrays are what goes on the wire.</summary>
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
    public const int Event = 8;       // goal
    public const int Function = 9;    // effort
    public const int Variable = 10;   // indicator
    public const int Type = 11;       // units and enumeration words

    public const int DeclarationModifier = 1;

    public static readonly SemanticTokensLegend Legend = new(
        ["keyword", "string", "number", "comment", "operator", "property", "class", "namespace", "event", "function", "variable", "type"],
        ["declaration"]);
}
