using System.Text;
using KpiLang.Compiler;

namespace KpiLang.Benchmarks;

/// <summary>
/// `kpic import` of 1,000,000 measurement rows under 5 s, into a database built from the 100k-line workspace. Rows
/// spread over every indicator, one day-long period each, values 1..9 (valid for every kind). Each run imports into
/// a fresh copy of the freshly built database (a second import of the same rows would only report duplicates); the
/// median wall time counts. The last run's database is kept (<see cref="Database"/>) for the status and report budgets.
/// </summary>
internal static class ImportBudget
{
    public const int Rows = 1_000_000;

    public static string Database(BenchWorkspace workspace) => Path.Combine(workspace.Root, "meet-1m.sqlite");

    public static BudgetResult Measure(string kpic, BenchWorkspace workspace, int runs)
    {
        const string name = "kpic import, 1M rows (wall, median)";
        var database = Path.Combine(workspace.Root, "meet.sqlite");
        var build = Budgets.RunKpic(kpic, "build", workspace.Root, "-o", database);
        if (build.ExitCode != 0) return new(name, "< 5 s", "n/a", null, "kpic build did not succeed: " + FirstLine(build.Output));
        var csv = WriteRows(workspace, Path.Combine(workspace.Root, "metingen.csv"));
        var walls = new List<double>();
        var cpus = new List<double>();
        for (var run = 0; run < Math.Max(1, runs); run++)
        {
            var target = Path.Combine(workspace.Root, $"meet-{run}.sqlite");
            File.Copy(database, target, overwrite: true);
            var import = Budgets.RunKpic(kpic, "import", csv, "--db", target);
            if (import.ExitCode != 0) return new(name, "< 5 s", "failed", false, FirstLine(import.Output));
            walls.Add(import.Wall.TotalSeconds);
            cpus.Add(import.Cpu.TotalSeconds);
            DeleteDatabase(Database(workspace));
            File.Move(target, Database(workspace));
        }
        var seconds = Budgets.Median(walls);
        return new(name, "< 5 s", $"{Budgets.F(seconds)} s (cpu {Budgets.F(Budgets.Median(cpus))} s)", seconds < 5,
            $"runs: {string.Join(", ", walls.Select(w => Budgets.F(w)))} s; build of the 100k-line workspace took {Budgets.F(build.Wall.TotalSeconds)} s");
    }

    internal static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    /// <summary>Writes the budget's CSV of <see cref="Rows"/> measurements over every indicator of the workspace.</summary>
    internal static string WriteRows(BenchWorkspace workspace, string path)
    {
        var compilation = Compilation.FromPaths([workspace.Root], new CompilationOptions(workspace.Root, new DateOnly(2025, 6, 1)));
        var indicators = compilation.Indicators.Select(i => i.Name).ToArray();
        var first = new DateOnly(2000, 1, 1);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write("indicator;periode_begin;periode_eind;uitsplitsing;waarde\n");
        for (var i = 0; i < Rows; i++)
        {
            var day = first.AddDays(i / indicators.Length).ToString("yyyy-MM-dd");
            writer.Write($"{indicators[i % indicators.Length]};{day};{day};;{1 + i % 9}\n");
        }
        return path;
    }

    private static string FirstLine(string text) => text.Trim().Split('\n')[0];
}
