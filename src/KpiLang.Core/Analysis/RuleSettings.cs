using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis;

/// <summary>What a configuration says about one rule: its level (if given) and its numeric settings.</summary>
public sealed record RuleConfiguration(DiagnosticSeverity? Level, ImmutableDictionary<string, decimal> Values)
{
    public static readonly RuleConfiguration None = new(null, ImmutableDictionary<string, decimal>.Empty);
}

/// <summary>The rule part of one kpiconfig.json: per rule code its level and thresholds.</summary>
public sealed record RuleSettings(ImmutableDictionary<string, RuleConfiguration> ByCode)
{
    public static readonly RuleSettings Empty = new(ImmutableDictionary<string, RuleConfiguration>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase));

    public DiagnosticSeverity? GetLevel(string code) => ByCode.TryGetValue(code, out var c) ? c.Level : null;

    public decimal? GetValue(string code, string setting) =>
        ByCode.TryGetValue(code, out var c) && c.Values.TryGetValue(setting, out var v) ? v : null;

    public RuleSettings With(string code, RuleConfiguration configuration) => new(ByCode.SetItem(code, configuration));
}
