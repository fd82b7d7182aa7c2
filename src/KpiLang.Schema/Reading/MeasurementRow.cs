namespace KpiLang.Schema.Reading;

/// <summary>
/// One measurement as the report shows it: a number (a point on the line of its breakdown group), or a text (a
/// qualitative outcome), with its status and remark. <see cref="Breakdown"/> is "" for the total.
/// </summary>
public sealed record MeasurementRow(
    string PeriodStart,
    string PeriodEnd,
    string Breakdown,
    double? Value,
    string? Text,
    string? Comment,
    bool Provisional);
