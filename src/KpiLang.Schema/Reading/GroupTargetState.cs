using KpiLang.Diagnostics;

namespace KpiLang.Schema.Reading;

/// <summary>The status words of the view groep_status, as status and report show them.</summary>
public static class GroupTargetState
{
    public static LocalizedText Label(string state) => state switch
    {
        "gehaald" => new("gehaald", "met"),
        "niet gehaald" => new("niet gehaald", "not met"),
        "geen data" => new("geen data", "no data"),
        _ => new("geen streefwaarde", "no target"),
    };

    public static string Marker(string state) => state switch
    {
        "gehaald" => "✔",
        "niet gehaald" => "✘",
        _ => "·",
    };
}
