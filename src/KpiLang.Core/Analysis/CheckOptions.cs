namespace KpiLang.Analysis;

/// <summary>How a specification is checked beyond the language itself. Extended by the rule configuration.</summary>
public sealed record CheckOptions
{
    public static readonly CheckOptions Default = new();
}
