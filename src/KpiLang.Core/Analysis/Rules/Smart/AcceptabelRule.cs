using KpiLang.Diagnostics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>
/// A streefwaarde nobody has agreed to is a target imposed, not accepted. Not a SMART letter of its own: the A of
/// SMART (an accountable owner) is judged by KPI120.
/// </summary>
public sealed class AcceptabelRule() : Rule("KPI103", "niet-afgesproken", DiagnosticCategory.Eigenaarschap, DiagnosticSeverity.Info,
    new("de streefwaarde van indicator '{0}' is met niemand afgesproken; zet 'afgesproken met:' in het blok van de streefwaarde",
        "the target of indicator '{0}' has not been agreed with anyone; add 'afgesproken met:' to the target's block"),
    new("Een streefwaarde werkt alleen als de mensen die haar moeten halen en de mensen die erop sturen haar hebben geaccepteerd. Leg vast met wie ze is afgesproken.",
        "A target works only when those who must reach it and those who steer on it have accepted it. Record whom it was agreed with."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent() || indicator.Targets.IsEmpty) continue;
            if (indicator.Targets.Any(t => !t.AgreedWith.IsEmpty)) continue;
            context.Report(this, RuleSyntax.PropertyOrName(indicator, PropertyKey.Streefwaarde), indicator.Name);
        }
    }
}
