namespace KpiLang.Semantics;

/// <summary>The nulmeting: the value at the start, and when it was measured (a date or a year).</summary>
public sealed record Baseline(Quantity Value, DateOnly? Date)
{
    public override string ToString() => Date is { } d ? $"{Value} op {d:yyyy-MM-dd}" : Value.ToString();
}
