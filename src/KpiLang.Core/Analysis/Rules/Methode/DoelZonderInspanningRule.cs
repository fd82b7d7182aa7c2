using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// A goal with no efforts and no sub-goals (DIN-model, Divosa, "Meetbare waarden"; PBM stap 3: concrete activities per goal).
/// A goal steered by acceptatiecriteria is exempt: it deliberately works otherwise.
/// </summary>
public sealed class DoelZonderInspanningRule() : Rule("KPI134", "doel-zonder-inspanning", DiagnosticCategory.Methode, DiagnosticSeverity.Info,
    MethodRuleText.Texts)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var goal in context.Compilation.Goals)
            if (goal.Efforts.IsEmpty && goal.Goals.IsEmpty && !goal.HasAcceptanceCriteria)
                context.Report(this, goal.Location, goal.Name);
    }
}
