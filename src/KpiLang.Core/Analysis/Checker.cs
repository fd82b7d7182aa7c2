using System.Collections.Immutable;
using KpiLang.Analysis.Rules;
using KpiLang.Analysis.Suppressions;
using KpiLang.Compiler;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis;

/// <summary>
/// The one entry point hosts use to judge a specification: the compiler's diagnostics plus the method's rules,
/// with the level from configuration and overrides, and in-source suppressions applied.
/// </summary>
public static class Checker
{
    public static ImmutableArray<Diagnostic> Check(Compilation compilation, CheckOptions options, CancellationToken cancellationToken = default) =>
        Check(compilation, options, RuleCatalog.Rules, cancellationToken);

    /// <summary>Checks with the given rules instead of the catalogue (a host that runs a selection, or a test).</summary>
    public static ImmutableArray<Diagnostic> Check(Compilation compilation, CheckOptions options, IReadOnlyList<Rule> rules, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Rules only read the compilation, so they run side by side; each reports into its own list, and the lists are
        // joined in catalogue order, so the result does not depend on which rule finished first.
        var perRule = new List<Diagnostic>[rules.Count];
        Parallel.For(0, rules.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            perRule[i] = RunIsolated(rules[i], compilation, options, cancellationToken));
        var found = perRule.SelectMany(list => list).ToList();

        // Where the compiler already reports an error (an unknown owner, say), the rule would only repeat it.
        var compilerErrors = compilation.Diagnostics.Where(d => d.IsError)
            .GroupBy(d => d.Location.Path).ToDictionary(g => g.Key, g => g.Select(d => d.Location.Span).ToList());
        var ruleFindings = found
            .Where(d => d.Descriptor == RuleFailure.Descriptor || !(compilerErrors.TryGetValue(d.Location.Path, out var spans) && spans.Any(s => s.OverlapsWith(d.Location.Span))))
            .Select(d => d with { Severity = options.LevelFor(d.Descriptor, d.Location.Path) })
            .Where(d => d.Severity != DiagnosticSeverity.Off)
            .ToList();

        cancellationToken.ThrowIfCancellationRequested();
        var (kept, suppressionFindings) = SuppressionFilter.Apply(compilation, ruleFindings, options, cancellationToken);

        return [.. compilation.Diagnostics.Concat(kept).Concat(suppressionFindings)
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// A rule that throws loses what it reported so far (it may be half a judgement) and becomes one finding; the
    /// check goes on. Cancellation is not a failure and still ends the check.
    /// </summary>
    private static List<Diagnostic> RunIsolated(Rule rule, Compilation compilation, CheckOptions options, CancellationToken cancellationToken)
    {
        var found = new List<Diagnostic>();
        try
        {
            rule.Analyze(new RuleContext(compilation, options, found, cancellationToken));
            return found;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            return [RuleFailure.For(rule, e, compilation)];
        }
    }
}
