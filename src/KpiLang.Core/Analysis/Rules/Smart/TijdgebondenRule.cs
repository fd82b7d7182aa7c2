using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>
/// T of SMART: a KPI is tied to a moment through its target. No target at all means no term either (most indicators
/// in begrotingen are like that); a target without a year, deadline or period can never be said to be met or missed.
/// A frequency ("per jaar") says how often, not by when. A kengetal, acceptatiecriteria and a qualitative indicator
/// have no target on purpose and are not judged here.
/// </summary>
public sealed class TijdgebondenRule() : Rule("KPI105", "niet-tijdgebonden", DiagnosticCategory.Smart, DiagnosticSeverity.Warning,
    new("indicator '{0}' is niet tijdgebonden: {1}", "indicator '{0}' is not time-bound: {1}"),
    new("Zonder termijn is nooit te zeggen of een streefwaarde gehaald is. Nijmegen: maximaal 10 ontruimingen per jaar, in de beleidsperiode 2023–2026. Een indicator zonder streefwaarde heeft ook geen termijn.",
        "Without a time frame one can never say whether a target was met. Nijmegen: at most 10 evictions a year, in the 2023–2026 policy period. An indicator without a target has no time frame either."),
    SmartLetter.T)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.NeedsTarget()) continue;
            if (indicator.Targets.IsEmpty && !HasTargetProperty(indicator) && !StatesItsOwnTerm(indicator))
            {
                context.Report(this, indicator.Location, indicator.Name, new LocalizedText(
                    "hij heeft geen streefwaarde, dus ook geen termijn; voeg 'streefwaarde: … in <jaar>' toe, of maak er een 'kengetal' van als je hem alleen volgt",
                    "it has no target, so no time frame either; add 'streefwaarde: … in <year>', or make it a 'kengetal' if you only follow it"));
                continue;
            }
            foreach (var target in indicator.Targets)
                if (target.TimeBound is null)
                    context.Report(this, RuleSyntax.At(indicator, target.Syntax), indicator.Name, new LocalizedText(
                        $"de streefwaarde '{RuleSyntax.Written(indicator, target)}' heeft geen termijn; zet er 'in <jaar>', 'eind <jaar>', 'uiterlijk <datum>' of 'van … tot …' achter",
                        $"the target '{RuleSyntax.Written(indicator, target)}' has no time frame; add 'in <year>', 'eind <year>', 'uiterlijk <date>' or 'van … tot …'"));
        }
    }

    /// <summary>
    /// A goal sentence that states its own target and year ("… vermindert het strafbaar gedrag van jongeren in 2025
    /// tov 2024") is tied to a term, though it has no separate streefwaarde.
    /// </summary>
    private static bool StatesItsOwnTerm(IndicatorSymbol indicator) =>
        Wording.IndicatorWording.Of(indicator.Title) is { Bundle: null, Statement: { Year: true } statement }
        && (statement.Value || statement.Direction);

    /// <summary>A target written but not bound (a value error) is reported by the compiler, not again here.</summary>
    internal static bool HasTargetProperty(IndicatorSymbol indicator) =>
        RuleSyntax.Property(indicator, Syntax.PropertyKey.Streefwaarde) is not null;
}
