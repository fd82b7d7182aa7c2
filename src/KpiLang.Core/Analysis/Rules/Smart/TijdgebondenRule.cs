using KpiLang.Diagnostics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>
/// T of SMART: a streefwaarde without a year, deadline or period can never be said to be met or missed. A target
/// relative to the previous period ('> vorige periode') is judged every period and needs no further time frame.
/// </summary>
public sealed class TijdgebondenRule() : Rule("KPI105", "niet-tijdgebonden", DiagnosticCategory.Smart, DiagnosticSeverity.Warning,
    new("de streefwaarde '{1}' van indicator '{0}' heeft geen termijn; zet er 'in <jaar>', 'uiterlijk <datum>' of 'van … tot …' achter",
        "the target '{1}' of indicator '{0}' has no time frame; add 'in <year>', 'uiterlijk <date>' or 'van … tot …'"),
    new("Zonder termijn is nooit te zeggen of een streefwaarde gehaald is. Nijmegen: maximaal 10 ontruimingen per jaar, in de beleidsperiode 2023–2026.",
        "Without a time frame one can never say whether a target was met. Nijmegen: at most 10 evictions a year, in the 2023–2026 policy period."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent()) continue;
            foreach (var target in indicator.Targets)
                if (target.TimeBound is null && target.Value.Reference != ReferenceValueKind.PreviousPeriod)
                    context.Report(this, RuleSyntax.At(indicator, target.Syntax), indicator.Name, target.ToString());
        }
    }
}
