using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Configuration;

/// <summary>The settings for every checked file (its nearest kpiconfig.json) and the findings about those files.</summary>
public sealed record WorkspaceConfig(ImmutableDictionary<string, RuleSettings> RulesByFile, ImmutableArray<Diagnostic> Diagnostics)
{
    public CheckOptions ToCheckOptions(CheckOptions? basis = null) => (basis ?? CheckOptions.Default) with { RulesByFile = RulesByFile };
}
