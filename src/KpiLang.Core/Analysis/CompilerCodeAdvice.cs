using KpiLang.Diagnostics;

namespace KpiLang.Analysis;

/// <summary>
/// What to say when a compiler code (KPL0102, or its old spelling KPI0102) is named where only rules can be: in a
/// kpi-negeer comment or in kpiconfig.json. The old spelling is recognised, so the user learns what the code is and
/// its new name, instead of "no such rule". Each case is a whole sentence of <see cref="ConfigurationDiagnostics"/>.
/// </summary>
internal static class CompilerCodeAdvice
{
    /// <summary>"'KPI0102' is geen regelcode die genegeerd kan worden; KPI0102 heet nu KPL0102 (dubbele-naam), een taalfout: …".</summary>
    public static LocalizedText ForSuppression(string typed)
    {
        var written = typed.ToUpperInvariant();
        return CompilerCodes.Find(typed) switch
        {
            null => ConfigurationDiagnostics.SuppressionOfCompilerCode(typed, written),
            var d when d.Code == written => ConfigurationDiagnostics.SuppressionOfLanguageError(typed, written, d.Title),
            var d => ConfigurationDiagnostics.SuppressionOfRenamedLanguageError(typed, written, d.Code, d.Title),
        };
    }

    /// <summary>"'KPI0102' is geen regelcode (KPI0102 heet nu KPL0102 (dubbele-naam), een taalfout; …); …".</summary>
    public static LocalizedText ForConfiguration(string typed)
    {
        var written = typed.ToUpperInvariant();
        return CompilerCodes.Find(typed) switch
        {
            null => ConfigurationDiagnostics.UnknownRuleIsCompilerCode(typed, written),
            var d when d.Code == written => ConfigurationDiagnostics.UnknownRuleIsLanguageError(typed, written, d.Title),
            var d => ConfigurationDiagnostics.UnknownRuleIsRenamedLanguageError(typed, written, d.Code, d.Title),
        };
    }
}
