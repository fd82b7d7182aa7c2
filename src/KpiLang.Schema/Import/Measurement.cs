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
}
