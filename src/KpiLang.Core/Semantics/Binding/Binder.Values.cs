using KpiLang.Diagnostics;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

internal sealed partial class Binder
{
    private Baseline? BindBaseline(IndicatorSymbol indicator, BaselinePropertySyntax syntax, ValueBinder values)
    {
        if (syntax.Value is null || values.Quantity(syntax.Value) is not { } quantity) return null;
        CheckAgainstIndicator(indicator, quantity, syntax.Value, values);
        var date = syntax.Moment is null ? null
            : syntax.Moment.Value.Kind == SyntaxKind.Date ? values.Date(syntax.Moment.Value)
            : values.PointInTime(syntax.Moment.Value, end: true);
        return new Baseline(WithIndicatorUnit(indicator, quantity), date);
    }

    private Target? BindTarget(IndicatorSymbol indicator, TargetPropertySyntax syntax, ValueBinder values)
    {
        var comparison = syntax.Target.Comparison;
        // A direction only ("toename") compares with the previous period and names no number to reach.
        var low = comparison.Operand is null ? new TargetValue(null, ReferenceValueKind.PreviousPeriod) : values.Operand(comparison.Operand);
        var high = comparison.High is null ? null : values.Operand(comparison.High);
        if (low is null) return null;
        if (low.Absolute is { } lowQuantity) CheckAgainstIndicator(indicator, lowQuantity, comparison.Operand!.Quantity!, values);
        if (high?.Absolute is { } highQuantity) CheckAgainstIndicator(indicator, highQuantity, comparison.High!.Quantity!, values);
        if (low.Absolute is { } l && high?.Absolute is { } h && l.Value > h.Value)
            values.Report(CompilerDiagnostics.EmptyRange, comparison.Span, l, h);

        string? disclaimer = null;
        var agreedWith = System.Collections.Immutable.ImmutableArray<ActorSymbol>.Empty;
        var seen = new HashSet<PropertyKey>();
        foreach (var property in syntax.Members.OfType<PropertySyntax>())
        {
            if (property.KeyTokens.IsEmpty) continue;
            if (!Placement.TargetProperties.Contains(property.Key))
            {
                values.Report(CompilerDiagnostics.MemberNotAllowed, KeySpan(property), $"'{property.KeyText}'",
                    new LocalizedText("een streefwaarde", "a target"), Placement.Describe(Placement.TargetProperties, []));
                continue;
            }
            if (!seen.Add(property.Key))
            {
                values.Report(CompilerDiagnostics.DuplicateProperty, KeySpan(property), property.KeyText);
                continue;
            }
            switch (property)
            {
                case TextPropertySyntax { Key: PropertyKey.Disclaimer } text:
                    disclaimer = text.Value.Value;
                    break;
                case ReferencePropertySyntax { Key: PropertyKey.AfgesprokenMet } references:
                    agreedWith = [.. Names(references).Select(n => ResolveActor(indicator.SyntaxTree, n)).OfType<ActorSymbol>()];
                    break;
            }
        }
        foreach (var declaration in syntax.Members.OfType<DeclarationSyntax>())
            values.Report(CompilerDiagnostics.MemberNotAllowed, declaration.Keyword.Span, $"'{declaration.Keyword.Text}'",
                new LocalizedText("een streefwaarde", "a target"), Placement.Describe(Placement.TargetProperties, []));

        var (comparator, origin) = ComparatorOf(indicator, comparison);
        var group = syntax.Target.Group is { } groupSyntax && groupSyntax.Value.Length > 0 ? groupSyntax.Value : null;
        if (group is not null && indicator.Breakdown.IsEmpty)
            values.Report(CompilerDiagnostics.GroupWithoutBreakdown, syntax.Target.Group!.Span, group);
        return new Target(comparator,
            low.Absolute is null ? low : low with { Absolute = WithIndicatorUnit(indicator, low.Absolute) },
            high is null || high.Absolute is null ? high : high with { Absolute = WithIndicatorUnit(indicator, high.Absolute) },
            values.Window(syntax.Target.Window), values.TimeBound(syntax.Target.TimeBound), disclaimer, agreedWith, syntax)
        {
            Origin = origin,
            IsDirectionOnly = comparison.IsDirectionOnly,
            Statistic = syntax.Target.Statistic?.Kind switch
            {
                null => TargetStatistic.None,
                SyntaxKind.GemiddeldKeyword => TargetStatistic.Average,
                _ => TargetStatistic.EveryCase,
            },
            Group = group,
        };
    }

    /// <summary>
    /// The comparison as written; for a bare value ("streefwaarde: 64,3", as indicator tables write it) the one the
    /// indicator's 'richting:' implies (hoger: at least, lager: at most); without a direction it stays unstated and a
    /// rule says so, rather than guessing.
    /// </summary>
    private static (Comparator, ComparatorOrigin) ComparatorOf(IndicatorSymbol indicator, ComparisonSyntax comparison)
    {
        // "beter dan nulmeting": better is higher or lower as the indicator's direction says.
        if (comparison.Comparator is [{ Kind: SyntaxKind.BeterKeyword }, ..])
            return indicator.Direction switch
            {
                Direction.Hoger => (Comparator.GreaterThan, ComparatorOrigin.FromDirection),
                Direction.Lager => (Comparator.LessThan, ComparatorOrigin.FromDirection),
                _ => (Comparator.Unstated, ComparatorOrigin.Unstated),
            };
        if (!comparison.IsBare) return (ValueBinder.Comparator(comparison.Comparator), ComparatorOrigin.Written);
        return indicator.Direction switch
        {
            Direction.Hoger => (Comparator.AtLeast, ComparatorOrigin.FromDirection),
            Direction.Lager => (Comparator.AtMost, ComparatorOrigin.FromDirection),
            Direction.Binnen => (Comparator.Exactly, ComparatorOrigin.FromDirection),
            _ => (Comparator.Unstated, ComparatorOrigin.Unstated),
        };
    }

    /// <summary>A value without a unit is in the indicator's unit.</summary>
    private static Quantity WithIndicatorUnit(IndicatorSymbol indicator, Quantity quantity) =>
        quantity.Unit == Unit.None ? quantity with { Unit = indicator.EffectiveUnit } : quantity;

    private static void CheckAgainstIndicator(IndicatorSymbol indicator, Quantity quantity, QuantitySyntax syntax, ValueBinder values)
    {
        var expected = indicator.EffectiveUnit;
        var unit = quantity.Unit;
        var declaresUnit = indicator.Unit is not null || indicator.IndicatorKind is not null;
        if (declaresUnit && unit != Unit.None && !unit.IsCompatibleWith(expected) && !(unit.Kind == UnitKind.Count && expected.Kind == UnitKind.Count))
            values.Report(CompilerDiagnostics.UnitMismatch, syntax.Span, unit.Name, indicator.Name,
                expected.Name.Length == 0 ? new LocalizedText("aantal", "count") : expected.Name);
        if (expected.Kind == UnitKind.Percent && unit == Unit.None && quantity.Value > 100)
            values.Report(CompilerDiagnostics.PercentageOutOfRange, syntax.Span, syntax.Number.Text);
        if (indicator.IndicatorKind is { Type: IndicatorKindType.Score, ScaleLow: { } low, ScaleHigh: { } high }
            && (quantity.Value < low || quantity.Value > high))
            values.Report(CompilerDiagnostics.ValueOutsideScale, syntax.Span, quantity.Value, low, high);
    }

    /// <summary>Fills the reverse links (linked from, replaced by) and reports replacement cycles and double successors.</summary>
    private void LinkIndicators()
    {
        var indicators = _symbols.OfType<IndicatorSymbol>().ToList();
        // One pass over the links, not a search per indicator: that was quadratic in the size of the specification.
        var linkedFrom = indicators
            .SelectMany(source => source.Links.Distinct().Select(target => (Target: target, Source: source)))
            .ToLookup(pair => pair.Target, pair => pair.Source, ReferenceEqualityComparer.Instance);
        foreach (var target in indicators)
            target.LinkedFrom = [.. linkedFrom[target]];

        foreach (var successor in indicators)
        {
            if (successor.Replaces?.Replaced is not { } replaced) continue;
            if (replaced.ReplacedBy is { } other && other != successor)
            {
                var syntax = successor.Declaration.Members.OfType<ReplacementPropertySyntax>().First();
                Report(CompilerDiagnostics.ReplacedTwice, successor.SyntaxTree, syntax.Replaced.Span, replaced.Name, other.Name);
                continue;
            }
            replaced.ReplacedBy = successor;
        }

        foreach (var start in indicators)
        {
            var chain = new List<IndicatorSymbol> { start };
            for (var current = start.Replaces?.Replaced; current is not null; current = current.Replaces?.Replaced)
            {
                if (current == start)
                {
                    var syntax = start.Declaration.Members.OfType<ReplacementPropertySyntax>().First();
                    Report(CompilerDiagnostics.ReplacementCycle, start.SyntaxTree, syntax.Replaced.Span, start.Name,
                        string.Join(" → ", chain.Skip(1).Append(start).Select(i => i.Name)));
                    break;
                }
                if (chain.Contains(current)) break; // a cycle not through start; reported from its own members
                chain.Add(current);
            }
        }
    }
}
