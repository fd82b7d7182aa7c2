using System.Diagnostics;
using System.Globalization;
using KpiLang.Generator;

namespace KpiLang.Benchmarks;

/// <summary>
/// The speed budgets of docs/performance.md, measured against kpic as users install it (the tool package: `dotnet pack` and
/// `dotnet tool install` into .bench-cache/tool) in fresh processes, and against the peers in the same run: Bicep's
/// `lint` (NuGet) for checking, yaml-language-server (npm) for editing. Prints a table with pass/MISS.
/// Options: --runs N (kpic checks, default 5), --bicep-runs N (default 3 at 23.5k lines, 1 at 105k), --edits N (LSP
/// edits, default 40), --import-runs N (imports, each into a fresh copy of the built database, default 3),
/// --only NAMES (comma-separated subset of check, check105k, edit, import, status, memory), --kpic PATH (measure
/// another kpic, such as the build folder's) or --no-build (the kpic already installed in .bench-cache/tool).
/// </summary>
public static class Budgets
{
    public static int Run(string[] args)
    {
        var runs = Option(args, "--runs", 5);
        var edits = Option(args, "--edits", 40);
        var importRuns = Option(args, "--import-runs", 3);
        var only = OnlyOption(args);
        var repo = FindRepository();
        var at = Array.IndexOf(args, "--kpic");
        var kpic = at >= 0 && at + 1 < args.Length ? Path.GetFullPath(args[at + 1])
            : args.Contains("--no-build") ? Path.Combine(repo, ".bench-cache", "tool", OperatingSystem.IsWindows() ? "kpic.exe" : "kpic")
            : InstalledTool.PackAndInstall(repo);
        Console.WriteLine($"kpic: {kpic}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        bool Selected(string budget) => only is null || only.Contains(budget);
        var bicep = Selected("check") || Selected("check105k") ? PeerTools.Bicep(repo) : null;
        var results = new List<BudgetResult>();
        if (Selected("check"))
        {
            using var small = new BenchWorkspace(23_500);
            results.Add(CheckBudget.Measure(kpic, bicep, small, runs, Option(args, "--bicep-runs", 3)));
        }
        using var large = new BenchWorkspace(100_000);
        if (Selected("check105k")) results.Add(CheckBudget.Measure(kpic, bicep, large, runs, Option(args, "--bicep-runs", 1)));
        if (Selected("edit"))
        {
            using var medium = new BenchWorkspace(5_400, files: 1);
            results.Add(LspBudgets.EditToDiagnostics(kpic, repo, medium, edits));
        }
        if (Selected("import") || Selected("status"))
        {
            var import = ImportBudget.Measure(kpic, large, importRuns);
            if (Selected("import")) results.Add(import);
            if (Selected("status") && File.Exists(ImportBudget.Database(large))) results.AddRange(StatusReportBudget.Measure(kpic, ImportBudget.Database(large), runs));
        }
        if (Selected("memory")) results.Add(LspBudgets.PeakMemory(kpic, large));

        Console.WriteLine();
        Console.WriteLine($"| {"budget",-52} | {"limit",-24} | {"measured",-60} | result |");
        Console.WriteLine($"|{new string('-', 54)}|{new string('-', 26)}|{new string('-', 62)}|--------|");
        foreach (var r in results) Console.WriteLine($"| {r.Name,-52} | {r.Limit,-24} | {r.Measured,-60} | {r.Verdict,-6} |");
        foreach (var r in results.Where(r => r.Note.Length > 0)) Console.WriteLine($"- {r.Name}: {r.Note}");
        return results.Any(r => r.Met == false) ? 1 : 0;
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }

    internal static string F(double value, string format = "0.00") => value.ToString(format, CultureInfo.InvariantCulture);

    internal static (int ExitCode, string Output, TimeSpan Wall, TimeSpan Cpu) RunKpic(string kpic, params string[] args)
    {
        var start = new ProcessStartInfo(kpic) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        var cpuBefore = ChildCpu.Total();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        clock.Stop();
        return (process.ExitCode, output + stderr.Result, clock.Elapsed, ChildCpu.Total() - cpuBefore);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }

    private static readonly string[] BudgetNames = ["check", "check105k", "edit", "import", "status", "memory"];

    /// <summary>--only check,import: the budgets to measure; null for all of them.</summary>
    private static HashSet<string>? OnlyOption(string[] args)
    {
        var at = Array.IndexOf(args, "--only");
        if (at < 0) return null;
        var names = at + 1 < args.Length
            ? args[at + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal)
            : [];
        if (names.Count == 0 || names.Any(n => !BudgetNames.Contains(n)))
            throw new ArgumentException($"--only takes a comma-separated list of: {string.Join(", ", BudgetNames)}");
        return names;
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "KpiLang.sln"))) return folder.FullName;
        throw new InvalidOperationException("KpiLang.sln not found above " + AppContext.BaseDirectory);
    }
}
