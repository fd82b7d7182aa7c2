namespace KpiLang.Schema.Reading;

/// <summary>
/// One point of a chart: the measurements of one breakdown group (<see cref="Breakdown"/> "" for the total) that
/// fall in one reporting period of the indicator, averaged. <see cref="Count"/> says how many there were; with one,
/// the point is that measurement with its own period and remark. Provisional when any of them is voorlopig.
/// </summary>
public sealed record PeriodPoint(string Breakdown, string PeriodStart, string PeriodEnd, double Value, int Count, bool Provisional, string? Comment);
