using BenchmarkDotNet.Attributes;
using KpiLang.Analysis;
using KpiLang.Compiler;
using KpiLang.Syntax;

namespace KpiLang.Benchmarks;

/// <summary>
/// The front end by stage on generated workspaces of 1k, 10k and 100k lines: parse (every file, one thread), bind
/// (import graph and symbols from parsed trees), rules (Checker.Check on a bound compilation) and the whole check
/// as `kpic check` does it (read and parse in parallel, bind, rules).
/// </summary>
[MemoryDiagnoser]
public class FrontEndBenchmarks
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private BenchWorkspace _workspace = null!;
    private List<(string Path, string Text)> _texts = null!;
    private List<SyntaxTree> _trees = null!;
    private Compilation _compilation = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new BenchWorkspace(Lines);
        _texts = [.. _workspace.Paths.Select(p => (p, File.ReadAllText(p)))];
        _trees = Parse();
        _compilation = Bind();
    }

    [GlobalCleanup]
    public void Cleanup() => _workspace.Dispose();

    private CompilationOptions Options => new(_workspace.Root, Today);

    [Benchmark]
    public List<SyntaxTree> Parse() => [.. _texts.Select(t => SyntaxTree.Parse(t.Text, t.Path))];

    [Benchmark]
    public Compilation Bind() => Compilation.Create(_trees, Options);

    [Benchmark]
    public int Rules() => Checker.Check(_compilation, CheckOptions.Default).Length;

    [Benchmark]
    public int WholeCheck() => Checker.Check(Compilation.FromPaths([_workspace.Root], Options), CheckOptions.Default).Length;
}
