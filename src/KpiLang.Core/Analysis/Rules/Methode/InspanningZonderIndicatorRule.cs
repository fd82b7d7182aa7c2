using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>An effort with no indicator and no acceptatiecriteria: nothing says whether it works.</summary>
public sealed class InspanningZonderIndicatorRule() : Rule("KPI135", "inspanning-zonder-indicator", DiagnosticCategory.Methode, DiagnosticSeverity.Info,
    new("inspanning '{0}' heeft geen indicator en geen acceptatiecriteria; hoe zie je of ze werkt?",
        "effort '{0}' has no indicator and no acceptance criteria; how do you see whether it works?"),
    new("Bij een inspanning hoort iets waaraan je ziet of ze bijdraagt: een indicator, of bewust acceptatiecriteria. Is er bewust niets (\"durf te kiezen\"), negeer de melding dan met een reden.",
        "An effort needs something that shows whether it contributes: an indicator, or deliberately acceptance criteria. If there is deliberately nothing, suppress the finding with a reason."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var effort in context.Compilation.Efforts)
            if (effort.Indicators.IsEmpty && effort.AcceptanceCriteria.IsEmpty)
                context.Report(this, effort.Location, effort.Name);
    }
}
