namespace KpiLang.Schema.Reading;

/// <summary>
/// One row of the view indicator_status, as the status table and the report show it, with the indicator's kind and
/// scale (for the chart's axis) and its latest text from the view laatste_tekst (for a qualitative indicator).
/// </summary>
public sealed record IndicatorStatus(
    long Id,
    string Key,
    string Title,
    long? GoalId,
    string? Kind,
    double? ScaleMin,
    double? ScaleMax,
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
    LatestText? LatestText,
    IndicatorState State)
{
    /// <summary>A value with this indicator's unit, as people read it ("64,3 %", "4 overleggen", "7,2").</summary>
    public string WithUnit(double? value, Diagnostics.Language language) => QuantityText.Format(value, Unit, language);

    /// <summary>The target as status and report show it: stored with a decimal point, read with the reader's decimal sign.</summary>
    public string? TargetTextIn(Diagnostics.Language language) =>
        TargetText is null ? null : Diagnostics.NumberText.Localize(TargetText, language);
}

/// <summary>A goal (with the titles of the goals above it) and the indicators directly under it or its efforts.</summary>
public sealed record GoalSection(string Title, IReadOnlyList<IndicatorStatus> Indicators);

/// <summary>The latest qualitative measurement of an indicator (view laatste_tekst): its text, and how many texts its period has.</summary>
public sealed record LatestText(string PeriodEnd, string Breakdown, string Text, int Count);
