namespace KpiLang.Schema.Import;

/// <summary>
/// A validated measurement, ready for the 'meting' table. A struct: an import holds a million of them in one array,
/// which the garbage collector then need not copy from generation to generation.
/// In a correction a null field (and <see cref="ValueGiven"/> false for value, numerator, denominator and, for a
/// qualitative indicator, the text) means "keep what the measurement has"; in an import null is stored as NULL and
/// <see cref="Status"/> is never null. <see cref="Provider"/> is the provider's actor name, "" for none.
/// </summary>
internal readonly record struct Measurement(
    int Line,
    long IndicatorId,
    string PeriodStart,
    string PeriodEnd,
    string Breakdown,
    bool ValueGiven,
    double? Value,
    double? Numerator,
    double? Denominator,
    string? Text,
    string? Comment,
    string? Source,
    string? Status,
    string? EnteredBy,
    string Provider)
{
    public bool SameKey(in Measurement other) =>
        IndicatorId == other.IndicatorId && PeriodStart == other.PeriodStart && PeriodEnd == other.PeriodEnd && Breakdown == other.Breakdown
        && Provider == other.Provider;

    /// <summary>By indicator, period, breakdown and provider (the UNIQUE index of 'meting'), then by line.</summary>
    public static readonly Comparison<Measurement> KeyOrder = (a, b) =>
    {
        var c = a.IndicatorId.CompareTo(b.IndicatorId);
        if (c == 0) c = string.CompareOrdinal(a.PeriodStart, b.PeriodStart);
        if (c == 0) c = string.CompareOrdinal(a.PeriodEnd, b.PeriodEnd);
        if (c == 0) c = string.CompareOrdinal(a.Breakdown, b.Breakdown);
        if (c == 0) c = string.CompareOrdinal(a.Provider, b.Provider);
        return c != 0 ? c : a.Line.CompareTo(b.Line);
    };
}
