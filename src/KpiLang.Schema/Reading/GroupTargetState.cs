using KpiLang.Diagnostics;

namespace KpiLang.Schema.Reading;

/// <summary>The status words of the view groep_status, as status and report show them.</summary>
public static class GroupTargetState
{
    public static LocalizedText Label(string state) => state switch
    {
        "gehaald" => StateText.Met,
        "niet gehaald" => StateText.NotMet,
        "geen data" => StateText.NoData,
        _ => StateText.NoTarget,
    };

    public static string Marker(string state) => state switch
    {
        "gehaald" => "✔",
        "niet gehaald" => "✘",
        _ => "·",
    };
}
