namespace KpiLang.Semantics;

/// <summary>"raming: 450 in 2025": a forecast or budgeted value (a begroting column). Not a target: nothing is judged against it.</summary>
public sealed record Forecast(Quantity Value, DateOnly? Date, int? Year, Syntax.ForecastPropertySyntax Syntax);
