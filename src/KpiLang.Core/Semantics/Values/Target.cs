using System.Collections.Immutable;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>A streefwaarde with its disclaimer and the actors it was agreed with.</summary>
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
    public bool HasDisclaimer => !string.IsNullOrWhiteSpace(Disclaimer);

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
            _ => High?.Resolve(baseline) is { } high ? value >= low && value <= high : null,
        };
    }

    public override string ToString()
    {
        var comparison = Comparator switch
        {
            Comparator.AtLeast => $"minimaal {Value}",
            Comparator.AtMost => $"maximaal {Value}",
            Comparator.GreaterThan => $"> {Value}",
            Comparator.LessThan => $"< {Value}",
            Comparator.Exactly => $"precies {Value}",
            _ => $"tussen {Value} en {High}",
        };
        return Window is null ? comparison : $"{comparison} {Window}";
    }
}
