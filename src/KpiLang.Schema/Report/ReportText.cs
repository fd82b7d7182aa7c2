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
    public static readonly LocalizedText Deadline = new("uiterlijk", "by");
    public static LocalizedText BuiltOn(string when, string version) => new(
        $"Gebouwd op {when} met kpic {version}. De lijnen tonen metingen (blauw), de nulmeting (grijs, gestreept) en de streefwaarde (groen).",
        $"Built on {when} with kpic {version}. The lines show measurements (blue), the baseline (grey, dashed) and the target (green).");
    public static LocalizedText ChartLabel(string title) => new(
        $"Grafiek van de metingen van '{title}' tegen nulmeting en streefwaarde", $"Chart of the measurements of '{title}' against baseline and target");
}
