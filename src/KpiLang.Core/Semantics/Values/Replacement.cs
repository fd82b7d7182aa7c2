namespace KpiLang.Semantics;

/// <summary>"vervangt: oud per datum omdat reden": this indicator succeeds another, whose history is kept.</summary>
public sealed record Replacement(string ReplacedName, IndicatorSymbol? Replaced, DateOnly? Since, string? Reason);
