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
    SmartRuleText.Texts,
    SmartLetter.T)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.NeedsTarget()) continue;
            if (indicator.Targets.IsEmpty && !HasTargetProperty(indicator) && !StatesItsOwnTerm(indicator))
            {
                context.Report(this, indicator.Location, indicator.Name, SmartRuleText.HasNoTargetSoNo);
                continue;
            }
            foreach (var target in indicator.Targets)
                if (target.TimeBound is null)
                    context.Report(this, RuleSyntax.At(indicator, target.Syntax), indicator.Name, SmartRuleText.TargetHasNoTimeFrame(RuleSyntax.Written(indicator, target)));
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
