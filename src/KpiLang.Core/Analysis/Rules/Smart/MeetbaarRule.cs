using KpiLang.Analysis.Wording;
using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>
/// M of SMART (Divosa): a quantity — a count, percentage, score on a stated scale, duration or amount — and a value
/// to reach. An indicator without a target, with only a direction ("toename") or a bare benchmark, or a score without
/// a scale, cannot be measured against anything. Where the data come from is a method finding of its own (KPI142).
/// </summary>
public sealed class MeetbaarRule() : Rule("KPI102", "niet-meetbaar", DiagnosticCategory.Smart, DiagnosticSeverity.Warning,
    SmartRuleText.Texts,
    SmartLetter.M)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent()) continue;
            if (Problem(indicator) is { } problem)
                context.Report(this, indicator.Location, indicator.Name, problem);
        }
    }

    private static LocalizedText? Problem(IndicatorSymbol indicator)
    {
        if (indicator.IndicatorKind?.Type == IndicatorKindType.Kwalitatief)
            return indicator.Method is null
                ? SmartRuleText.QualitativeIndicatorNeedsMethodAdd
                : null;
        if (!HasQuantity(indicator))
            return SmartRuleText.DoesNotSayWhatCounted;
        if (indicator.IndicatorKind is { IsScoreWithoutScale: true })
            return SmartRuleText.ScoreWithoutScaleCannotRead;
        if (indicator.IndicatorKind?.Type == IndicatorKindType.Duur && indicator.Unit is null)
            return SmartRuleText.DurationNeedsUnitAddEenheid;
        if (!indicator.NeedsTarget() || TijdgebondenRule.HasTargetProperty(indicator) && indicator.Targets.IsEmpty) return null;
        // A service norm or goal sentence that states its own value ("Wij beantwoorden uw brief binnen drie weken")
        // names what is to be reached, even without a separate streefwaarde.
        if (indicator.Targets.IsEmpty && StatesOwnValue(indicator)) return null;
        if (indicator.Targets.IsEmpty)
            return SmartRuleText.HasNoTargetNameValue;
        if (indicator.Targets.FirstOrDefault(t => !t.HasTargetValue) is { } vague && !indicator.Targets.Any(t => t.HasTargetValue))
            return SmartRuleText.NamesNoValueReachOnly(RuleSyntax.Written(indicator, vague));
        return null;
    }

    /// <summary>
    /// A quantity is stated by the kind or unit, by a unit in a baseline or target ("90 %"), or by the wording itself
    /// ("Percentage …", "Aantal …", "Wachttijd …", "per 1.000 inwoners").
    /// </summary>
    private static bool HasQuantity(IndicatorSymbol indicator) =>
        indicator.IndicatorKind is not null || indicator.Unit is not null
        || indicator.Targets.Any(t => t.Value.Absolute is not null)
        || indicator.Baseline is { Value.Unit.Name.Length: > 0 }
        || IndicatorWording.Of(indicator.Title).HasQuantity || IndicatorWording.Of(indicator.Definition).HasQuantity;

    /// <summary>
    /// The indicator text states its own value to reach (a service norm). Only the title counts: numbers in a
    /// definition describe the measure. Two measures in one text need a value each, so a bundle states none.
    /// </summary>
    internal static bool StatesOwnValue(IndicatorSymbol indicator) =>
        IndicatorWording.Of(indicator.Title) is { Bundle: null, Statement.Value: true };
}
