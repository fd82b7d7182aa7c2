namespace KpiLang.Schema.Reading;

/// <summary>One row of the view indicator_status, as the status table and the report show it.</summary>
public sealed record IndicatorStatus(
    long Id,
    string Key,
    string Title,
    long? GoalId,
    string? Unit,
    string? Direction,
    double? Baseline,
    string? BaselineDate,
    double? Target,
    double? TargetHigh,
    string? TargetText,
    string? Deadline,
    double? LatestValue,
    string? LatestPeriodEnd,
    IndicatorState State)
{
    /// <summary>The target as status and report show it: stored with a decimal point, read with the reader's decimal sign.</summary>
    public string? TargetTextIn(Diagnostics.Language language) =>
        TargetText is null ? null : Diagnostics.NumberText.Localize(TargetText, language);
}

/// <summary>A goal (with the titles of the goals above it) and the indicators directly under it or its efforts.</summary>
public sealed record GoalSection(string Title, IReadOnlyList<IndicatorStatus> Indicators);

/// <summary>One measured period of an indicator: the value (averaged over breakdown values when there is no total).</summary>
public sealed record MeasuredPoint(string PeriodStart, string PeriodEnd, double Value, int Rows, bool Provisional);
