using KpiLang.Compiler;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.Tests.Baselines;

/// <summary>
/// Per-sample baselines, as Roslyn and Bicep keep them: for every .kpi file under samples/ the syntax tree, the
/// symbols it declares and the findings of the checker (compiler and rules, with samples/kpiconfig.json), each as readable text under
/// tests/KpiLang.Tests/Baselines/&lt;sample&gt;/. After an intended change, regenerate them with
/// <c>KPI_UPDATE_BASELINES=1 ./test.sh</c> and review the diff.
/// </summary>
public class SampleBaselineTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    public static TheoryData<string> SampleFiles =>
        [.. Directory.EnumerateFiles(Repository.Samples, "*.kpi", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Samples, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Sample_matches_its_baselines(string sample)
    {
        var compilation = Compilation.FromPaths([Repository.Samples], new CompilationOptions(Repository.Samples, Today));
        var tree = compilation.SyntaxTrees.Single(t => t.Path.EndsWith(sample, StringComparison.Ordinal));
        var baseName = Path.Combine(Repository.Root, "tests", "KpiLang.Tests", "Baselines", sample);

        var failures = new List<string>();
        Check(baseName + ".syntax.txt", SyntaxTreePrinter.Print(tree.Root), failures);
        Check(baseName + ".symbols.txt", SymbolPrinter.Print(compilation.Symbols.Where(s => s.SyntaxTree == tree)), failures);
        Check(baseName + ".diagnostics.txt", string.Join('\n', CheckWithConfig(compilation)
            .Where(d => d.Location.Path == tree.Path)
            .Select(d => $"({d.Location.LineSpan.Start}) {d.Severity.ToString().ToLowerInvariant()} {d.Code}: {d.GetMessage()}")) + "\n", failures);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_sample_compiles_without_errors()
    {
        var compilation = Compilation.FromPaths([Repository.Samples], new CompilationOptions(Repository.Samples, Today));
        Assert.NotEmpty(compilation.SyntaxTrees);
        Assert.Empty(CheckWithConfig(compilation).Where(d => d.IsError).Select(d => d.ToString()));
    }

    /// <summary>Compiler and rule findings as 'kpic check samples' reports them: each file with its nearest kpiconfig.json.</summary>
    private static System.Collections.Immutable.ImmutableArray<Diagnostics.Diagnostic> CheckWithConfig(Compilation compilation)
    {
        var config = Analysis.Configuration.ConfigLoader.LoadForFiles(compilation.SyntaxTrees.Select(t => t.Path), Repository.Samples);
        Assert.Empty(config.Diagnostics.Select(d => d.ToString()));
        return Analysis.Checker.Check(compilation, config.ToCheckOptions());
    }

    private static void Check(string path, string actual, List<string> failures) => BaselineFile.Check(path, actual, failures);
}
