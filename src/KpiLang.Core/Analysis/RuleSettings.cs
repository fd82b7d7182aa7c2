using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis;

/// <summary>The rule part of one kpiconfig.json: per rule code its level and thresholds.</summary>
public sealed record RuleSettings(ImmutableDictionary<string, RuleConfiguration> ByCode)
{
    public static readonly RuleSettings Empty = new(ImmutableDictionary<string, RuleConfiguration>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase));

    public DiagnosticSeverity? GetLevel(string code) => ByCode.TryGetValue(code, out var c) ? c.Level : null;

    public decimal? GetValue(string code, string setting) =>
        ByCode.TryGetValue(code, out var c) && c.Values.TryGetValue(setting, out var v) ? v : null;

    public RuleSettings With(string code, RuleConfiguration configuration) => new(ByCode.SetItem(code, configuration));
}
