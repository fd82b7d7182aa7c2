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
    /// <summary>The code of a standard indicator ("BBV 6.1"), as the specification wrote it.</summary>
    public string? Code { get; init; }

    /// <summary>Forecasts (raming), oldest first: shown beside the measurements, never judged as a target.</summary>
    public IReadOnlyList<ForecastRow> Forecasts { get; init; } = [];

    /// <summary>Targets per group of the breakdown, each with that group's latest measurement (view groep_status).</summary>
    public IReadOnlyList<GroupTargetRow> Groups { get; init; } = [];

    /// <summary>A value with this indicator's unit, as people read it ("64,3 %", "4 overleggen", "7,2").</summary>
    public string WithUnit(double? value, Diagnostics.Language language) => QuantityText.Format(value, Unit, language);

    /// <summary>The target as status and report show it: stored with a decimal point, read with the reader's decimal sign.</summary>
    public string? TargetTextIn(Diagnostics.Language language) =>
        TargetText is null ? null : Diagnostics.NumberText.Localize(TargetText, language);
}

/// <summary>A forecast of the table raming: the year (or date) and the value with its unit.</summary>
public sealed record ForecastRow(string When, double Value, string? Unit);

/// <summary>One row of groep_status: a group's target, its latest value and whether it is met.</summary>
public sealed record GroupTargetRow(string Group, string TargetText, double? LatestValue, string? LatestPeriodEnd, string State);

/// <summary>A goal (with the titles of the goals above it) and the indicators directly under it or its efforts.</summary>
public sealed record GoalSection(string Title, IReadOnlyList<IndicatorStatus> Indicators);

/// <summary>The latest qualitative measurement of an indicator (view laatste_tekst): its text, and how many texts its period has.</summary>
public sealed record LatestText(string PeriodEnd, string Breakdown, string Text, int Count);
