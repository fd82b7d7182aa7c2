using KpiLang.Analysis;
using KpiLang.Diagnostics;

namespace KpiLang.LanguageServer.Features;

/// <summary>A rule or configuration code explained: title, level, description and its documentation page.</summary>
internal static class RuleHelp
{
    public static string? Describe(string code, Language language)
    {
        if (RuleCatalog.Find(code) is not { } rule) return null;
        var level = rule.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => new LocalizedText("fout", "error"),
            DiagnosticSeverity.Warning => new LocalizedText("waarschuwing", "warning"),
            _ => new LocalizedText("info", "info"),
        };
        return $"**{rule.Code}** {rule.Title} ({level.Get(language)})\n\n{rule.Description.Get(language)}\n\n[{rule.HelpPath}]({rule.HelpUri})";
    }
}
