using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>
/// What a target compares to: an absolute quantity, or a reference (the baseline, the previous period, a benchmark,
/// the level of a year) shifted by an optional delta. A delta in % of a reference is relative (nulmeting + 10 % is
/// 1.1 × nulmeting); "procentpunt" or any other unit is absolute. The delta's unit is kept as written, so the target
/// reads back as it was written ("nulmeting + 5 procentpunt", not "nulmeting + 5").
/// </summary>
public sealed record TargetValue(
    Quantity? Absolute,
    ReferenceValueKind? Reference = null,
    string? Benchmark = null,
    int? Year = null,
    decimal Delta = 0,
    bool DeltaIsRelative = false,
    Unit? DeltaUnit = null)
{
    public bool IsRelative => Reference is not null;

    /// <summary>The value in numbers when it can be known from the specification alone (absolute, or relative to the baseline).</summary>
    public decimal? Resolve(Baseline? baseline) => Reference switch
    {
        null => Absolute?.Value,
        ReferenceValueKind.Baseline when baseline is not null =>
            DeltaIsRelative ? baseline.Value.Value * (1 + Delta / 100m) : baseline.Value.Value + Delta,
        _ => null,
    };

    public override string ToString()
    {
        if (Absolute is not null) return Absolute.ToString();
        var reference = Reference switch
        {
            ReferenceValueKind.Baseline => "nulmeting",
            ReferenceValueKind.PreviousPeriod => "vorige periode",
            ReferenceValueKind.Benchmark => $"benchmark \"{Benchmark}\"",
            _ => $"niveau van {Year}",
        };
        if (Delta == 0) return reference;
        var sign = Delta > 0 ? "+" : "-";
        return $"{reference} {sign} {new Quantity(Math.Abs(Delta), DeltaUnit ?? (DeltaIsRelative ? Unit.Percent : Unit.None))}";
    }
}
