using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis;

/// <summary>What a configuration says about one rule: its level (if given) and its numeric settings.</summary>
public sealed record RuleConfiguration(DiagnosticSeverity? Level, ImmutableDictionary<string, decimal> Values)
{
    public static readonly RuleConfiguration None = new(null, ImmutableDictionary<string, decimal>.Empty);
}
