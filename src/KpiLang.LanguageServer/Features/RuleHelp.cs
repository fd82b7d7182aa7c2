using KpiLang.Analysis;
using KpiLang.Diagnostics;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// A code explained on hover: a rule or configuration code (KPI1xx), or a compiler code (KPL0xxx, also written the
/// old way, KPI0xxx, which the hover names by its new code): title, level, description and its documentation page.
/// </summary>
internal static class RuleHelp
{
    public static string? Describe(string code, Language language)
    {
        if ((RuleCatalog.Find(code) ?? CompilerCodes.Find(code)) is not { } descriptor) return null;
        var level = descriptor.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => new LocalizedText("fout", "error"),
            DiagnosticSeverity.Warning => new LocalizedText("waarschuwing", "warning"),
            _ => new LocalizedText("info", "info"),
        };
        var family = descriptor.Category == DiagnosticCategory.Compiler
            ? new LocalizedText(" — taalfout, kan niet worden genegeerd", " — language error, cannot be suppressed")
            : new LocalizedText("", "");
        var renamed = string.Equals(descriptor.Code, code, StringComparison.OrdinalIgnoreCase)
            ? ""
            : new LocalizedText($"*{code.ToUpperInvariant()} heet nu {descriptor.Code}.*\n\n", $"*{code.ToUpperInvariant()} is now {descriptor.Code}.*\n\n").Get(language);
        return $"{renamed}**{descriptor.Code}** {descriptor.Title} ({level.Get(language)}){family.Get(language)}\n\n{descriptor.Description.Get(language)}\n\n[{descriptor.HelpPath}]({descriptor.HelpUri})";
    }
}
