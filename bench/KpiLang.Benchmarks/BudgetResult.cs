namespace KpiLang.Benchmarks;

/// <summary>One speed budget (docs/performance.md): what was measured against what limit. Met is null when it could not be measured.</summary>
internal sealed record BudgetResult(string Name, string Limit, string Measured, bool? Met, string Note = "")
{
    public string Verdict => Met switch { true => "pass", false => "MISS", null => "n/a" };
}
