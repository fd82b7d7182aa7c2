using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Schema.Reading;

/// <summary>The status words of indicators and group targets, as status and report show them (StateText.resx).</summary>
internal static class StateText
{
    private static readonly TextTable Texts = new(typeof(StateText));

    internal static LocalizedText Behind => Texts.Text(nameof(Behind));
    internal static LocalizedText NoData => Texts.Text(nameof(NoData));
    internal static LocalizedText NoTarget => Texts.Text(nameof(NoTarget));
    internal static LocalizedText OnTrack => Texts.Text(nameof(OnTrack));
    internal static LocalizedText Told => Texts.Text(nameof(Told));

    internal static LocalizedText Met => Texts.Text(nameof(Met));
    internal static LocalizedText NotMet => Texts.Text(nameof(NotMet));
}
