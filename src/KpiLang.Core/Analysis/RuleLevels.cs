using KpiLang.Diagnostics;

namespace KpiLang.Analysis;

/// <summary>The level words of kpiconfig.json and the editor setting: Dutch first, English accepted.</summary>
public static class RuleLevels
{
    public static readonly IReadOnlyList<string> Words = ["fout", "waarschuwing", "info", "uit", "error", "warning", "off"];

    public static bool TryParse(string? word, out DiagnosticSeverity level)
    {
        level = (word ?? "").Trim().ToLowerInvariant() switch
        {
            "fout" or "error" => DiagnosticSeverity.Error,
            "waarschuwing" or "warning" => DiagnosticSeverity.Warning,
            "info" or "informatie" => DiagnosticSeverity.Info,
            "uit" or "off" or "none" => DiagnosticSeverity.Off,
            _ => (DiagnosticSeverity)(-1),
        };
        return (int)level >= 0;
    }

    /// <summary>The Dutch word for a level, as written in kpiconfig.json and shown by 'kpic rules'.</summary>
    public static string ToWord(DiagnosticSeverity level, Language language = Language.Nl) => (level, language) switch
    {
        (DiagnosticSeverity.Error, Language.Nl) => "fout",
        (DiagnosticSeverity.Warning, Language.Nl) => "waarschuwing",
        (DiagnosticSeverity.Off, Language.Nl) => "uit",
        (DiagnosticSeverity.Error, _) => "error",
        (DiagnosticSeverity.Warning, _) => "warning",
        (DiagnosticSeverity.Off, _) => "off",
        _ => "info",
    };
}
