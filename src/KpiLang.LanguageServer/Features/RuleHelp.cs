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
        var renamed = string.Equals(descriptor.Code, code, StringComparison.OrdinalIgnoreCase)
            ? ""
            : ServerText.RenamedCode(code.ToUpperInvariant(), descriptor.Code).Get(language) + "\n\n";
        return $"{renamed}{ServerText.CodeHeading(descriptor).Get(language)}\n\n{descriptor.Description.Get(language)}\n\n[{descriptor.HelpPath}]({descriptor.HelpUri})";
    }
}
