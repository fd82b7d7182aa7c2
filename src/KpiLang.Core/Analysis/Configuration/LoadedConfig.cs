using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Configuration;

/// <summary>A kpiconfig.json as read: its rule settings, where it was (null: none found) and what was wrong with it.</summary>
public sealed record LoadedConfig(RuleSettings Rules, string? Path, ImmutableArray<Diagnostic> Diagnostics)
{
    public static readonly LoadedConfig None = new(RuleSettings.Empty, null, []);
}

/// <summary>The settings for every checked file (its nearest kpiconfig.json) and the findings about those files.</summary>
public sealed record WorkspaceConfig(ImmutableDictionary<string, RuleSettings> RulesByFile, ImmutableArray<Diagnostic> Diagnostics)
{
    public CheckOptions ToCheckOptions(CheckOptions? basis = null) => (basis ?? CheckOptions.Default) with { RulesByFile = RulesByFile };
}
