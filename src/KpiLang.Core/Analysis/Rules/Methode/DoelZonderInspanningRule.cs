using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// A goal with no efforts and no sub-goals (DIN-model, Divosa, "Meetbare waarden"; PBM stap 3: concrete activities per goal).
/// A goal steered by acceptatiecriteria is exempt: it deliberately works otherwise.
/// </summary>
public sealed class DoelZonderInspanningRule() : Rule("KPI134", "doel-zonder-inspanning", DiagnosticCategory.Methode, DiagnosticSeverity.Info,
    new("doel '{0}' heeft geen inspanningen; zet eronder wat er concreet gedaan wordt ('inspanning …')",
        "goal '{0}' has no efforts; add what is concretely done under it ('inspanning …')"),
    new("Het DIN-model koppelt elk doel aan inspanningen (en netwerkpartners). Zonder inspanning is niet te zien wat er gedaan wordt om het doel te halen.",
        "The DIN model ties every goal to efforts (and network partners). Without an effort nobody can see what is done to reach the goal."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var goal in context.Compilation.Goals)
            if (goal.Efforts.IsEmpty && goal.Goals.IsEmpty && !goal.HasAcceptanceCriteria)
                context.Report(this, goal.Location, goal.Name);
    }
}
