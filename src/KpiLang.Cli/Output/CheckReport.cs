using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Cli.Output;

/// <summary>What a check produced, for the formatters: the findings, the files checked and every known descriptor.</summary>
internal sealed record CheckReport(
    ImmutableArray<Diagnostic> Diagnostics,
    int FileCount,
    IReadOnlyList<DiagnosticDescriptor> Descriptors,
    Language Language,
    string ToolVersion)
{
    public int Count(DiagnosticSeverity severity) => Diagnostics.Count(d => d.Severity == severity);
}
