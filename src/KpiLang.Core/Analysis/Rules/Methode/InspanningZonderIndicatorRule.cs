using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>An effort with no indicator and no acceptatiecriteria: nothing says whether it works.</summary>
public sealed class InspanningZonderIndicatorRule() : Rule("KPI135", "inspanning-zonder-indicator", DiagnosticCategory.Methode, DiagnosticSeverity.Info,
    MethodRuleText.Texts)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var effort in context.Compilation.Efforts)
            if (effort.Indicators.IsEmpty && effort.AcceptanceCriteria.IsEmpty)
                context.Report(this, effort.Location, effort.Name);
    }
}
