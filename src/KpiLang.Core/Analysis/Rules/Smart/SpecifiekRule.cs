using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>S of SMART: the indicator says exactly what is counted or measured (see <see cref="Specificity"/>).</summary>
public sealed class SpecifiekRule() : Rule("KPI101", "niet-specifiek", DiagnosticCategory.Smart, DiagnosticSeverity.Warning,
    SmartRuleText.Texts,
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
