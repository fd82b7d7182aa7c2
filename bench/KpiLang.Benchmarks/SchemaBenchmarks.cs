using BenchmarkDotNet.Attributes;
using KpiLang.Compiler;
using KpiLang.Schema.Build;
using KpiLang.Schema.Import;

namespace KpiLang.Benchmarks;

/// <summary>
/// The measurement database in process: building it from a checked 100k-line workspace (a fresh file each time),
/// and importing the budget's 1,000,000 rows into a fresh copy of that database. The budget mode measures the same
/// through the kpic binary.
/// </summary>
[MemoryDiagnoser]
public class SchemaBenchmarks
{
    private static readonly DateTimeOffset BuildTime = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private BenchWorkspace _workspace = null!;
    private Compilation _compilation = null!;
    private string _built = null!;
    private string _csv = null!;
    private string _target = null!;

    /// <summary>The database the import writes into (for the status and report rows of BudgetBenchmarks).</summary>
    internal string Target => _target;

    [GlobalSetup]
    public void Setup()
    {
        _workspace = new BenchWorkspace(100_000);
        _compilation = Compilation.FromPaths([_workspace.Root], new CompilationOptions(_workspace.Root, new DateOnly(2025, 6, 1)));
        _built = Path.Combine(_workspace.Root, "gebouwd.sqlite");
        SchemaBuilder.Build(_compilation, _built, Options);
        _csv = File.ReadAllText(ImportBudget.WriteRows(_workspace, Path.Combine(_workspace.Root, "metingen.csv")));
        _target = Path.Combine(_workspace.Root, "doel.sqlite");
    }

    [GlobalCleanup]
    public void Cleanup() => _workspace.Dispose();

    private BuildOptions Options => new("bench", BuildTime, _workspace.Root);

    [IterationSetup(Target = nameof(Build))]
    public void RemoveTarget() => ImportBudget.DeleteDatabase(_target);

    [IterationSetup(Target = nameof(ImportMillionRows))]
    public void CopyBuiltDatabase()
    {
        ImportBudget.DeleteDatabase(_target);
        File.Copy(_built, _target);
    }

    [Benchmark]
    public int Build() => SchemaBuilder.Build(_compilation, _target, Options).IndicatorCount;

    [Benchmark]
    public int ImportMillionRows() => MeasurementImporter.Import(_csv, _target, ImportOptions.At(BuildTime)).Loaded;
}
