using KpiLang.Diagnostics;

namespace KpiLang.Cli;

/// <summary>Every diagnostic code kpic can report, for SARIF's rule list and 'kpic rules'.</summary>
internal static class DescriptorCatalog
{
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [.. CompilerDiagnostics.All, .. Analysis.RuleCatalog.All];
}
