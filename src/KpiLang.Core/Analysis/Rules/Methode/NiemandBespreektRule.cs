using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// Nobody discusses the indicator: no 'bespreking' on it or on a goal above it (PBM stap 6: "Bedenk wie de
/// KPI's bespreekt en er acties aan koppelt"; SWN: KPIs are a conversation tool).
/// </summary>
public sealed class NiemandBespreektRule() : Rule("KPI140", "niemand-bespreekt", DiagnosticCategory.Methode, DiagnosticSeverity.Warning,
    MethodRuleText.Texts)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
            if (indicator.IsCurrent() && indicator.Discussions.IsEmpty
                && !indicator.Containers().OfType<GoalSymbol>().Any(g => !g.Discussions.IsEmpty))
                context.Report(this, indicator.Location, indicator.Name);
    }
}
