using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Schema.Report;

/// <summary>Labels of the HTML report, in Dutch and English.</summary>
internal static class ReportText
{
    private static readonly TextTable Table = new(typeof(ReportText));

    public static readonly LocalizedText Title = Table.Text(nameof(Title));
    public static readonly LocalizedText Goal = Table.Text(nameof(Goal));
    public static readonly LocalizedText WithoutGoal = Table.Text(nameof(WithoutGoal));
    public static readonly LocalizedText Baseline = Table.Text(nameof(Baseline));
    public static readonly LocalizedText Target = Table.Text(nameof(Target));
    public static readonly LocalizedText Measurements = Table.Text(nameof(Measurements));
    public static readonly LocalizedText NoMeasurements = Table.Text(nameof(NoMeasurements));
    public static readonly LocalizedText Latest = Table.Text(nameof(Latest));
    public static readonly LocalizedText Provisional = Table.Text(nameof(Provisional));
    public static readonly LocalizedText Final = Table.Text(nameof(Final));
    public static readonly LocalizedText Total = Table.Text(nameof(Total));
    public static readonly LocalizedText Period = Table.Text(nameof(Period));
    public static readonly LocalizedText Breakdown = Table.Text(nameof(Breakdown));
    public static readonly LocalizedText Text = Table.Text(nameof(Text));
    public static readonly LocalizedText Status = Table.Text(nameof(Status));
    public static readonly LocalizedText Remark = Table.Text(nameof(Remark));
    public static readonly LocalizedText Remarks = Table.Text(nameof(Remarks));
    public static readonly LocalizedText Texts = Table.Text(nameof(Texts));
    public static readonly LocalizedText Deadline = Table.Text(nameof(Deadline));
    public static readonly LocalizedText Forecasts = Table.Text(nameof(Forecasts));
    public static LocalizedText TitleOf(IReadOnlyList<string> organisations) => organisations.Count == 0
        ? Title
        : organisations.Count == 1
            ? Table.Format(nameof(TitleOf), ("organisation", organisations[0]))
            : Table.Format("TitleOfMany", ("others", JoinAllButLast(organisations)), ("last", organisations[^1]));
    public static LocalizedText BuiltOn(string when, string version, bool overview = false) => overview
        ? Table.Format(nameof(BuiltOn), ("when", when), ("version", version))
        : Table.Format("BuiltOnWithLegend", ("when", when), ("version", version));
    private static string JoinAllButLast(IReadOnlyList<string> parts) => string.Join(", ", parts.Take(parts.Count - 1));

    public static LocalizedText AverageOf(int count) => Table.Format(nameof(AverageOf), ("count", count));
    public static LocalizedText EarlierOnes(int count) => Table.Format(nameof(EarlierOnes), ("count", count));
    public static readonly LocalizedText Trend = Table.Text(nameof(Trend));
    public static LocalizedText Overview(int indicators) => Table.Format(nameof(Overview), ("indicators", indicators), ("htmlReportOverviewFrom", HtmlReport.OverviewFrom));
    public static LocalizedText TrendLabel(string line, int points, string from, string to) => Table.Format(nameof(TrendLabel), ("line", line), ("points", points), ("from", from), ("to", to));

    public static LocalizedText ChartLabel(string title) => Table.Format(nameof(ChartLabel), ("title", title));
}
