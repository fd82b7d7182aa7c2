namespace KpiLang.Schema.Reading;

/// <summary>The status words of the view indicator_status, and <see cref="Told"/> for a text without a number.</summary>
public enum IndicatorState
{
    OnTrack,
    Behind,
    NoData,
    NoTarget,
    /// <summary>Measured in words (a qualitative indicator with a text in laatste_tekst): "tellen én vertellen".</summary>
    Told,
}

public static class IndicatorStates
{
    public static IndicatorState Parse(string word) => word switch
    {
        "op koers" => IndicatorState.OnTrack,
        "achter" => IndicatorState.Behind,
        "geen streefwaarde" => IndicatorState.NoTarget,
        _ => IndicatorState.NoData,
    };

    /// <summary>A marker that reads without colour: ✔ on track, ✘ behind, · no data, ○ no target, ✎ told.</summary>
    public static string Marker(this IndicatorState state) => state switch
    {
        IndicatorState.OnTrack => "✔",
        IndicatorState.Behind => "✘",
        IndicatorState.NoTarget => "○",
        IndicatorState.Told => "✎",
        _ => "·",
    };

    public static Diagnostics.LocalizedText Label(this IndicatorState state) => state switch
    {
        IndicatorState.OnTrack => StateText.OnTrack,
        IndicatorState.Behind => StateText.Behind,
        IndicatorState.NoTarget => StateText.NoTarget,
        IndicatorState.Told => StateText.Told,
        _ => StateText.NoData,
    };
}
