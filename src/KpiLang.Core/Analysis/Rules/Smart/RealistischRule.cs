using System.Collections.Immutable;
using System.Globalization;
using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>
/// R of SMART: a streefwaarde that contradicts the indicator's direction or another target, that the baseline
/// already meets, that is a percentage outside 0–100 %, or that asks for a jump from the baseline beyond a factor.
/// </summary>
public sealed class RealistischRule() : Rule("KPI104", "niet-realistisch", DiagnosticCategory.Smart, DiagnosticSeverity.Warning,
    SmartRuleText.Texts,
    SmartLetter.R)
{
    public const string JumpFactor = "sprongfactor";

    public override ImmutableArray<RuleSetting> Settings =>
    [
        new(JumpFactor, 3m, SmartRuleText.HowManyTimesAboveBelow),
    ];

    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent()) continue;
            var factor = context.Setting(this, JumpFactor, indicator);
            foreach (var target in indicator.Targets)
                if (Problem(indicator, target, factor) is { } problem)
                    context.Report(this, RuleSyntax.At(indicator, target.Syntax), indicator.Name, RuleSyntax.Written(indicator, target), problem);
        }
    }

    private static LocalizedText? Problem(IndicatorSymbol indicator, Target target, decimal factor)
    {
        if (ContradictsDirection(indicator.Direction, target.Comparator))
            return SmartRuleText.RichtingPointsOtherWayChange(indicator.Direction.ToString()!.ToLowerInvariant());
        if (indicator.Targets.FirstOrDefault(other => other != target && Contradict(target, other)) is { } contradicted)
            return SmartRuleText.ContradictsSamePeriod(contradicted);

        var value = target.Value.Resolve(indicator.Baseline);
        if (value is { } v && indicator.EffectiveUnit.Kind == UnitKind.Percent && (v < 0 || v > 100))
            return SmartRuleText.ComesOutside(Math.Round(v, 1));

        if (indicator.Baseline is not { } baseline || target.Window is { IsCumulative: true }) return null;
        if (!target.Value.IsRelative && target.Comparator is not (Comparator.Exactly or Comparator.Between)
            && !IsNaturalBound(indicator, target) && target.IsMetBy(baseline.Value.Value, baseline) == true)
        {
            // The advice points the way the target compares: a floor is kept with 'minimaal nulmeting', a ceiling with 'maximaal'.
            var keep = target.Comparator is Comparator.AtMost or Comparator.LessThan ? "maximaal nulmeting" : "minimaal nulmeting";
            return SmartRuleText.BaselineAlreadyMeetsChooseTarget(baseline.Value, keep);
        }
        if (value is { } goal && baseline.Value.Value > 0 && goal > 0 && indicator.IndicatorKind?.Type is not IndicatorKindType.Score
            && !(indicator.EffectiveUnit.Kind == UnitKind.Count && Math.Max(goal, baseline.Value.Value) <= SmallCount))
        {
            var ratio = Math.Max(goal / baseline.Value.Value, baseline.Value.Value / goal);
            if (ratio > factor)
                return SmartRuleText.TimesBaselineMoreThanTimes(Math.Round(ratio, 1), baseline.Value, Math.Round(factor, 1));
        }
        return null;
    }

    /// <summary>Small counts (1 → 4 improvements) jump by large factors without being unrealistic.</summary>
    private const decimal SmallCount = 10m;

    /// <summary>"maximaal 100 %" or "minimaal 0 %" guard a limit (stay within budget); being met already is the point.</summary>
    private static bool IsNaturalBound(IndicatorSymbol indicator, Target target) =>
        indicator.EffectiveUnit.Kind == UnitKind.Percent && target.Value.Absolute?.Value is 100m or 0m;

    private static bool ContradictsDirection(Direction? direction, Comparator comparator) => direction switch
    {
        Direction.Hoger => comparator is Comparator.AtMost or Comparator.LessThan,
        Direction.Lager => comparator is Comparator.AtLeast or Comparator.GreaterThan,
        _ => false,
    };

    /// <summary>Two absolute targets for overlapping periods whose ranges cannot both hold.</summary>
    private static bool Contradict(Target a, Target b)
    {
        if (!Overlap(a.TimeBound, b.TimeBound) || a.Window != b.Window) return false;
        var (lowA, highA) = Range(a);
        var (lowB, highB) = Range(b);
        return (lowA is { } la && highB is { } hb && la > hb) || (lowB is { } lb && highA is { } ha && lb > ha);
    }

    private static (decimal? Low, decimal? High) Range(Target t)
    {
        if (t.Value.IsRelative) return (null, null);
        var v = t.Value.Absolute?.Value;
        return t.Comparator switch
        {
            Comparator.AtLeast or Comparator.GreaterThan => (v, null),
            Comparator.AtMost or Comparator.LessThan => (null, v),
            Comparator.Exactly => (v, v),
            _ => (v, t.High?.Absolute?.Value),
        };
    }

    private static bool Overlap(TimeBound? a, TimeBound? b)
    {
        if (a is null || b is null) return a is null && b is null;
        var startA = a.Start ?? DateOnly.MinValue; var endA = a.End ?? DateOnly.MaxValue;
        var startB = b.Start ?? DateOnly.MinValue; var endB = b.End ?? DateOnly.MaxValue;
        return startA <= endB && startB <= endA;
    }
}
