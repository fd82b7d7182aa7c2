using System.Collections.Immutable;
using KpiLang.Analysis;
using KpiLang.Analysis.Configuration;
using KpiLang.Diagnostics;

namespace KpiLang.Cli;

/// <summary>
/// How kpic judges a workspace: the compiler and the rules at the levels of each file's nearest kpiconfig.json, plus
/// the findings about those kpiconfig.json files. check and build both use this, so a rule raised to 'fout' or
/// switched off means the same to both, and a broken kpiconfig.json is reported by both in the same words.
/// </summary>
internal sealed record WorkspaceFindings(ImmutableArray<Diagnostic> All, ImmutableArray<Diagnostic> AboutConfig)
{
    public static WorkspaceFindings Of(Workspace workspace)
    {
        // Each file is judged by its nearest kpiconfig.json (walking up, not above the workspace root).
        var config = ConfigLoader.LoadFor(workspace.Compilation, workspace.Root);
        var all = Checker.Check(workspace.Compilation, config.ToCheckOptions()).AddRange(config.Diagnostics);
        return new WorkspaceFindings(all, config.Diagnostics);
    }
}
