namespace KpiLang.Schema.Import;

/// <summary>A validated measurement, ready for the 'meting' table.</summary>
internal sealed record Measurement(
    int Line,
    long IndicatorId,
    string PeriodStart,
    string PeriodEnd,
    string Breakdown,
    double? Value,
    double? Numerator,
    double? Denominator,
    string? Text,
    string? Source,
    string Status,
    string? EnteredBy)
{
    public (long, string, string, string) Key => (IndicatorId, PeriodStart, PeriodEnd, Breakdown);

    /// <summary>By indicator, period and breakdown (the UNIQUE index of 'meting'), then by line.</summary>
    public static readonly Comparison<Measurement> KeyOrder = (a, b) =>
    {
        var c = a.IndicatorId.CompareTo(b.IndicatorId);
        if (c == 0) c = string.CompareOrdinal(a.PeriodStart, b.PeriodStart);
        if (c == 0) c = string.CompareOrdinal(a.PeriodEnd, b.PeriodEnd);
        if (c == 0) c = string.CompareOrdinal(a.Breakdown, b.Breakdown);
        return c != 0 ? c : a.Line.CompareTo(b.Line);
    };
}
