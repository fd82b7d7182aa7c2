using KpiLang.Diagnostics;

namespace KpiLang.Analysis;

/// <summary>
/// What to say when a compiler code (KPL0102, or its old spelling KPI0102) is named where only rules can be: in a
/// kpi-negeer comment or in kpiconfig.json. The old spelling is recognised, so the user learns what the code is and
/// its new name, instead of "no such rule".
/// </summary>
internal static class CompilerCodeAdvice
{
    /// <summary>"; KPI0102 heet nu KPL0102 (dubbele-naam), een taalfout: los hem op in plaats van hem te negeren".</summary>
    public static LocalizedText ForSuppression(string code)
    {
        var what = What(code);
        return new($"; {what.Nl}: los hem op in plaats van hem te negeren", $"; {what.En}: fix it instead of suppressing it");
    }

    /// <summary>" (KPI0102 heet nu KPL0102 (dubbele-naam), een taalfout; taalfouten kunnen niet worden uitgezet)".</summary>
    public static LocalizedText ForConfiguration(string code)
    {
        var what = What(code);
        return new($" ({what.Nl}; taalfouten kunnen niet worden uitgezet)", $" ({what.En}; language errors cannot be switched off)");
    }

    private static LocalizedText What(string code)
    {
        var written = code.ToUpperInvariant();
        if (CompilerCodes.Find(code) is not { } descriptor) return new($"{written} is een taalfoutcode", $"{written} is a language error code");
        return descriptor.Code == written
            ? new($"{written} ({descriptor.Title}) is een taalfout", $"{written} ({descriptor.Title}) is a language error")
            : new($"{written} heet nu {descriptor.Code} ({descriptor.Title}), een taalfout", $"{written} is now {descriptor.Code} ({descriptor.Title}), a language error");
    }
}
