using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// A bare target value ("streefwaarde: 64,3", as tables write it) on an indicator without 'richting:': whether 64,3
/// is a floor or a ceiling is not said, and the compiler does not guess. With a direction it reads as minimaal or
/// maximaal; without one nothing can be judged against it.
/// </summary>
public sealed class VergelijkingOnbepaaldRule() : Rule("KPI143", "vergelijking-onbepaald", DiagnosticCategory.Methode, DiagnosticSeverity.Warning,
    new("de streefwaarde '{1}' van indicator '{0}' zegt niet of het een minimum of een maximum is; zet 'richting: hoger' of 'richting: lager' bij de indicator, of schrijf 'minimaal' of 'maximaal' voor de waarde",
        "the target '{1}' of indicator '{0}' does not say whether it is a minimum or a maximum; add 'richting: hoger' or 'richting: lager' to the indicator, or write 'minimaal' or 'maximaal' before the value"),
    new("Indicatortabellen noemen vaak alleen een getal als streefwaarde. Of hoger of lager beter is, staat dan in de richting van de indicator; zonder richting is niet te zeggen of de streefwaarde gehaald is.",
        "Indicator tables often give only a number as target. Whether higher or lower is better is then the indicator's direction; without it nobody can say whether the target is met."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent()) continue;
            foreach (var target in indicator.Targets)
                if (target.Origin == ComparatorOrigin.Unstated)
                    context.Report(this, RuleSyntax.At(indicator, target.Syntax), indicator.Name, RuleSyntax.Written(indicator, target));
        }
    }
}
