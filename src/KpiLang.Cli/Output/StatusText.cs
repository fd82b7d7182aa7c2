using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Cli.Output;

/// <summary>Labels of the status table, in Dutch and English.</summary>
internal static class StatusText
{
    private static readonly TextTable Texts = new(typeof(StatusText));

    public static readonly LocalizedText Goal = Texts.Text(nameof(Goal));
    public static readonly LocalizedText WithoutGoal = Texts.Text(nameof(WithoutGoal));
    public static readonly LocalizedText Status = Texts.Text(nameof(Status));
    public static readonly LocalizedText Indicator = Texts.Text(nameof(Indicator));
    public static readonly LocalizedText Latest = Texts.Text(nameof(Latest));
    public static readonly LocalizedText Baseline = Texts.Text(nameof(Baseline));
    public static readonly LocalizedText Target = Texts.Text(nameof(Target));
    public static readonly LocalizedText Until = Texts.Text(nameof(Until));
    public static readonly LocalizedText Due = Texts.Text(nameof(Due));
    public static readonly LocalizedText Forecast = Texts.Text(nameof(Forecast));
}
