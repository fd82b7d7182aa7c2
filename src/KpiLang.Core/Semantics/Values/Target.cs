using System.Collections.Immutable;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>
/// A streefwaarde with its disclaimer and the actors it was agreed with. A target may be only a direction
/// ("toename": higher than the previous period, with no number), may hold for one group of the indicator's
/// breakdown ("voor jongeren"), and may be about the average or every case (<see cref="Statistic"/>).
/// </summary>
public sealed record Target(
    Comparator Comparator,
    TargetValue Value,
    TargetValue? High,
    TargetWindow? Window,
    TimeBound? TimeBound,
    string? Disclaimer,
    ImmutableArray<ActorSymbol> AgreedWith,
    TargetPropertySyntax Syntax)
{
    public ComparatorOrigin Origin { get; init; } = ComparatorOrigin.Written;

    /// <summary>"toename", "afname", "stabiel": a direction against the previous period, without a number to reach.</summary>
    public bool IsDirectionOnly { get; init; }

    public TargetStatistic Statistic { get; init; } = TargetStatistic.None;

    /// <summary>The breakdown value this target holds for ("jongeren"), or null for the indicator as a whole.</summary>
    public string? Group { get; init; }

    public bool HasDisclaimer => !string.IsNullOrWhiteSpace(Disclaimer);

    /// <summary>
    /// True when the target names a value to reach: a number, or a shift from the baseline or another reference. A
    /// direction only ("toename", "hoger dan vorige periode") or a bare benchmark names none.
    /// </summary>
    public bool HasTargetValue => !IsDirectionOnly && (Value.Absolute is not null || Value.Delta != 0);

    /// <summary>True when the value would be met by this number (absolute targets and baseline-relative ones).</summary>
    public bool? IsMetBy(decimal value, Baseline? baseline)
    {
        var low = Value.Resolve(baseline);
        if (low is null) return null;
        return Comparator switch
        {
            Comparator.AtLeast => value >= low,
            Comparator.AtMost => value <= low,
            Comparator.GreaterThan => value > low,
            Comparator.LessThan => value < low,
            Comparator.Exactly => value == low,
            Comparator.Between => High?.Resolve(baseline) is { } high ? value >= low && value <= high : null,
            _ => null,
        };
    }

    public override string ToString()
    {
        var comparison = IsDirectionOnly
            ? Comparator switch
            {
                Comparator.GreaterThan => "toename",
                Comparator.LessThan => "afname",
                _ => "stabiel",
            }
            : Comparator switch
            {
                Comparator.AtLeast => $"minimaal {Value}",
                Comparator.AtMost => $"maximaal {Value}",
                Comparator.GreaterThan => Value.IsRelative ? $"hoger dan {Value}" : $"> {Value}",
                Comparator.LessThan => Value.IsRelative ? $"lager dan {Value}" : $"< {Value}",
                Comparator.Exactly => $"precies {Value}",
                Comparator.Between => $"tussen {Value} en {High}",
                _ when Value.IsRelative => $"beter dan {Value}",
                _ => Value.ToString(),
            };
        var statistic = Statistic switch
        {
            TargetStatistic.Average => "gemiddeld ",
            TargetStatistic.EveryCase => "steeds ",
            _ => "",
        };
        var group = Group is null ? "" : $" voor {Group}";
        return Window is null ? $"{statistic}{comparison}{group}" : $"{statistic}{comparison}{group} {Window}";
    }
}
