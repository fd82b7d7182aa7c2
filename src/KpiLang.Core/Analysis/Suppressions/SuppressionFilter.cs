using System.Buffers;
using KpiLang.Compiler;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Suppressions;

/// <summary>
/// Applies the kpi-negeer comments of every file to the rule findings, and reports comments without a reason,
/// with a code that is no rule, or that silence nothing (KPI195–KPI197).
/// </summary>
internal static class SuppressionFilter
{
    // A vectorised search: the case-insensitive string search it replaces was a measurable part of every re-check
    // in the language server, since it runs over the whole text of every file.
    private static readonly SearchValues<string> Marker = SearchValues.Create(["kpi-negeer"], StringComparison.OrdinalIgnoreCase);

    public static (List<Diagnostic> Kept, List<Diagnostic> Findings) Apply(Compilation compilation, List<Diagnostic> diagnostics,
        CheckOptions options, CancellationToken cancellationToken)
    {
        var suppressions = new List<Suppression>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (tree.Text.Text.AsSpan().ContainsAny(Marker))
                suppressions.AddRange(SuppressionParser.Parse(tree));
        }
        if (suppressions.Count == 0) return (diagnostics, []);

        var used = new HashSet<Suppression>();
        var kept = new List<Diagnostic>();
        var byFileAndCode = suppressions.ToLookup(s => (s.Tree.Text, s.Code));
        foreach (var diagnostic in diagnostics)
        {
            var match = byFileAndCode[(diagnostic.Location.Source, diagnostic.Code)]
                .FirstOrDefault(s => s.Scope.Contains(diagnostic.Location.Span.Start));
            if (match is null) kept.Add(diagnostic);
            else used.Add(match);
        }

        var findings = new List<Diagnostic>();
        foreach (var s in suppressions)
        {
            var at = new Location(s.Tree.Text, s.Comment);
            if (RuleCatalog.FindRule(s.Code) is null)
                findings.Add(Diagnostic.Create(ConfigurationDiagnostics.SuppressionUnknownCode, at, s.Code.Length == 0 ? "—" : s.Code,
                    RuleCatalog.Retired.TryGetValue(s.Code, out var retired)
                        ? new LocalizedText($"; de regel bestaat niet meer: {retired.Nl}", $"; the rule no longer exists: {retired.En}")
                    : CompilerCodes.LooksLikeCompilerCode(s.Code)
                        ? CompilerCodeAdvice.ForSuppression(s.Code)
                        : new LocalizedText("; 'kpic rules' toont alle codes", "; 'kpic rules' lists every code")));
            else if (!used.Contains(s))
                findings.Add(Diagnostic.Create(ConfigurationDiagnostics.SuppressionUnused, at, s.Code));
            if (s.Reason is null)
                findings.Add(Diagnostic.Create(ConfigurationDiagnostics.SuppressionWithoutReason, at, s.Code.Length == 0 ? "KPI…" : s.Code));
        }
        var leveled = findings.Select(d => d with { Severity = options.LevelFor(d.Descriptor, d.Location.Path) })
            .Where(d => d.Severity != DiagnosticSeverity.Off).ToList();
        return (kept, leveled);
    }
}
