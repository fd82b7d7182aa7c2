using BenchmarkDotNet.Attributes;
using KpiLang.Analysis;
using KpiLang.Compiler;
using KpiLang.Schema;
using KpiLang.Schema.Import;
using KpiLang.Schema.Reading;
using KpiLang.Schema.Report;

namespace KpiLang.Benchmarks;

/// <summary>
/// One row per speed budget (docs/performance.md), in one warm process: what the work costs without starting a process (the
/// budget mode, `--budgets`, measures the installed tool and the peers). Check of 23.5k and 105k lines, one typed
/// character in 5.4k lines, import of a million rows, and status and report on them.
/// </summary>
[MemoryDiagnoser]
public class BudgetBenchmarks
{
    private static readonly DateOnly Today = new(2025, 6, 1);
    private BenchWorkspace? _workspace;
    private readonly ServerEditBenchmarks _edit = new();
    private readonly SchemaBenchmarks _import = new();
    private string _measured = null!;

    [GlobalSetup(Targets = [nameof(CheckWorkspace23k)])]
    public void Small() => _workspace = new BenchWorkspace(23_500);

    [GlobalSetup(Targets = [nameof(CheckWorkspace105k)])]
    public void Large() => _workspace = new BenchWorkspace(100_000);

    [GlobalSetup(Target = nameof(TypeOneCharacter5k))]
    public void Editing() => _edit.Setup();

    [GlobalSetup(Target = nameof(ImportMillionRows))]
    public void Importing() => _import.Setup();

    [IterationSetup(Target = nameof(ImportMillionRows))]
    public void FreshDatabase() => _import.CopyBuiltDatabase();

    [GlobalSetup(Targets = [nameof(StatusMillionRows), nameof(ReportMillionRows)])]
    public void Measured()
    {
        _import.Setup();
        _import.CopyBuiltDatabase();
        _import.ImportMillionRows();
        _measured = _import.Target;
    }

    [GlobalCleanup(Targets = [nameof(CheckWorkspace23k), nameof(CheckWorkspace105k)])]
    public void RemoveWorkspace() => _workspace?.Dispose();

    [GlobalCleanup(Target = nameof(TypeOneCharacter5k))]
    public void StopEditing() => _edit.Cleanup();

    [GlobalCleanup(Targets = [nameof(ImportMillionRows), nameof(StatusMillionRows), nameof(ReportMillionRows)])]
    public void RemoveDatabase() => _import.Cleanup();

    [Benchmark]
    public int CheckWorkspace23k() => Check();

    [Benchmark]
    public int CheckWorkspace105k() => Check();

    /// <summary>Per typed character: one invocation types <see cref="ServerEditBenchmarks.EditsPerInvocation"/>.</summary>
    [Benchmark(OperationsPerInvoke = ServerEditBenchmarks.EditsPerInvocation)]
    public int TypeOneCharacter5k() => _edit.TypeOneCharacter();

    [Benchmark]
    public int ImportMillionRows() => _import.ImportMillionRows();

    [Benchmark]
    public int StatusMillionRows()
    {
        using var connection = SchemaDatabase.OpenForReading(_measured);
        return StatusReader.ReadSections(connection, "").Sum(s => s.Indicators.Count);
    }

    [Benchmark]
    public int ReportMillionRows()
    {
        using var connection = SchemaDatabase.OpenForReading(_measured);
        using var page = new StringWriter();
        return HtmlReport.Write(connection, page, Diagnostics.Language.Nl, "bench");
    }

    private int Check() => Checker.Check(Compilation.FromPaths([_workspace!.Root], new CompilationOptions(_workspace.Root, Today)), CheckOptions.Default).Length;
}
