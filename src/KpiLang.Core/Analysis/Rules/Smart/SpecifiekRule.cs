using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>S of SMART: the indicator says exactly what is counted or measured (see <see cref="Specificity"/>).</summary>
public sealed class SpecifiekRule() : Rule("KPI101", "niet-specifiek", DiagnosticCategory.Smart, DiagnosticSeverity.Warning,
    new("indicator '{0}' is niet specifiek: {1}", "indicator '{0}' is not specific: {1}"),
    new("Een specifieke indicator zegt precies wat er geteld of gemeten wordt, bij welke doelgroep: een aantal, percentage, score, duur of bedrag. Een zin die een wens beschrijft ('Alle inwoners doen mee'), een activiteit ('Versterken van …'), een waardering ('houdbare ondersteuning') of een containerbegrip (zelfredzaamheid) laat open wat er bedoeld wordt.",
        "A specific indicator says exactly what is counted or measured, for which target group: a count, percentage, score, duration or amount. A sentence describing a wish ('Alle inwoners doen mee'), an activity ('Versterken van …'), a valuation ('houdbare ondersteuning') or a container word (zelfredzaamheid) leaves open what is meant."),
    SmartLetter.S)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent() || indicator.IsDeliberatelyNotSmart()) continue;
            if (Specificity.Problem(indicator) is { } problem)
                context.Report(this, indicator.Location, indicator.Name, problem);
        }
    }
}
