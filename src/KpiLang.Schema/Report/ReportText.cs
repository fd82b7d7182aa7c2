using KpiLang.Diagnostics;

namespace KpiLang.Schema.Report;

/// <summary>Labels of the HTML report, in Dutch and English.</summary>
internal static class ReportText
{
    public static readonly LocalizedText Title = new("KPI-rapport", "KPI report");
    public static readonly LocalizedText Goal = new("Doel", "Goal");
    public static readonly LocalizedText WithoutGoal = new("(zonder doel)", "(no goal)");
    public static readonly LocalizedText Baseline = new("nulmeting", "baseline");
    public static readonly LocalizedText Target = new("streefwaarde", "target");
    public static readonly LocalizedText Measurements = new("metingen", "measurements");
    public static readonly LocalizedText NoMeasurements = new("Nog geen metingen.", "No measurements yet.");
    public static readonly LocalizedText Latest = new("laatste meting", "latest measurement");
    public static readonly LocalizedText Provisional = new("voorlopig", "provisional");
    public static readonly LocalizedText Final = new("definitief", "final");
    public static readonly LocalizedText Total = new("totaal", "total");
    public static readonly LocalizedText Period = new("periode", "period");
    public static readonly LocalizedText Breakdown = new("uitsplitsing", "breakdown");
    public static readonly LocalizedText Text = new("tekst", "text");
    public static readonly LocalizedText Status = new("status", "status");
    public static readonly LocalizedText Remark = new("opmerking", "remark");
    public static readonly LocalizedText Remarks = new("Opmerkingen", "Remarks");
    public static readonly LocalizedText Texts = new("Wat er verteld is, per periode", "What was told, per period");
    public static readonly LocalizedText Deadline = new("uiterlijk", "by");
    public static readonly LocalizedText Forecasts = new("Raming (geen streefwaarde)", "Forecast (not a target)");
    public static LocalizedText TitleOf(IReadOnlyList<string> organisations) => organisations.Count == 0
        ? Title
        : new($"KPI-rapport — {Join(organisations, "en")}", $"KPI report — {Join(organisations, "and")}");
    public static LocalizedText BuiltOn(string when, string version, bool overview = false) => overview
        ? new($"Gebouwd op {when} met kpic {version}.", $"Built on {when} with kpic {version}.")
        : new($"Gebouwd op {when} met kpic {version}. Onder elke grafiek staat wat de lijnen en punten betekenen; een open punt is een voorlopige meting.",
              $"Built on {when} with kpic {version}. Under each chart a legend says what its lines and points mean; a hollow point is a provisional measurement.");
    private static string Join(IReadOnlyList<string> parts, string and) =>
        parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + $" {and} " + parts[^1];

    public static LocalizedText AverageOf(int count) => new($"gemiddelde van {count} metingen", $"average of {count} measurements");
    public static LocalizedText EarlierOnes(int count) => new($"… en {count} eerdere", $"… and {count} earlier ones");
    public static readonly LocalizedText Trend = new("verloop", "trend");
    public static LocalizedText Overview(int indicators) => new(
        $"Dit rapport telt {indicators} indicatoren: per doel een overzicht met per indicator zijn status en een klein verloop (één punt per periode en groep). Onder de {HtmlReport.OverviewFrom} indicatoren krijgt elke indicator een eigen grafiek.",
        $"This report has {indicators} indicators: per goal an overview with each indicator's status and a small trend line (one point per period and group). Below {HtmlReport.OverviewFrom} indicators each indicator gets a chart of its own.");
    public static LocalizedText TrendLabel(string line, int points, string from, string to) => new(
        $"{line}: {points} {(points == 1 ? "punt" : "punten")}, {from} – {to}", $"{line}: {points} {(points == 1 ? "point" : "points")}, {from} – {to}");

    public static LocalizedText ChartLabel(string title) => new(
        $"Grafiek van de metingen van '{title}' tegen nulmeting en streefwaarde", $"Chart of the measurements of '{title}' against baseline and target");
}
