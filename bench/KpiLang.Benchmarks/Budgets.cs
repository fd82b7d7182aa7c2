using System.Diagnostics;
using System.Globalization;
using KpiLang.Generator;

namespace KpiLang.Benchmarks;

/// <summary>
/// The four speed budgets of docs/performance.md, measured against the release `kpic` binary as a user runs it (a fresh process for
/// each check, the server as a child process over stdio). Prints a table with pass/miss.
/// Options: --runs N (check runs, default 5), --edits N (LSP edits, default 50), --import-runs N (imports, each into a
/// fresh copy of the built database, default 3), --only NAMES (comma-separated subset of check, edit, import, memory),
/// --no-build, --kpic PATH (another build of kpic, say a branch not yet merged).
/// </summary>
public static class Budgets
{
    public static int Run(string[] args)
    {
        var runs = Option(args, "--runs", 5);
        var edits = Option(args, "--edits", 50);
        var importRuns = Option(args, "--import-runs", 3);
        var only = OnlyOption(args);
        var repo = FindRepository();
        if (!args.Contains("--no-build") && !args.Contains("--kpic")) BuildKpic(repo);
        var at = Array.IndexOf(args, "--kpic");
        var kpic = at >= 0 && at + 1 < args.Length ? Path.GetFullPath(args[at + 1]) : Path.Combine(repo, "src", "KpiLang.Cli", "bin", "Release", "net10.0", OperatingSystem.IsWindows() ? "kpic.exe" : "kpic");
        Console.WriteLine($"kpic: {kpic}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        bool Selected(string budget) => only is null || only.Contains(budget);
        using var large = new BenchWorkspace(100_000);
        using var medium = Selected("edit") ? new BenchWorkspace(5_000, files: 1) : null;
        var results = new List<BudgetResult>();
        if (Selected("check")) results.Add(CheckBudget.Measure(kpic, large, runs));
        if (medium is not null) results.Add(LspBudgets.EditToDiagnostics(kpic, medium, edits));
        if (Selected("import")) results.Add(ImportBudget.Measure(kpic, large, importRuns));
        if (Selected("memory")) results.Add(LspBudgets.PeakMemory(kpic, large));

        Console.WriteLine();
        Console.WriteLine($"| {"budget",-44} | {"limit",-9} | {"measured",-34} | result |");
        Console.WriteLine($"|{new string('-', 46)}|{new string('-', 11)}|{new string('-', 36)}|--------|");
        foreach (var r in results) Console.WriteLine($"| {r.Name,-44} | {r.Limit,-9} | {r.Measured,-34} | {r.Verdict,-6} |");
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

    /// <summary>Whether this kpic has a subcommand (the pieces land one by one): its help lists it.</summary>
    internal static bool HasCommand(string kpic, string command) =>
        RunKpic(kpic, "--help").Output.Split('\n').Any(l => l.TrimStart().StartsWith(command + " ", StringComparison.Ordinal));

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
    }

    private static readonly string[] BudgetNames = ["check", "edit", "import", "memory"];

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

    private static void BuildKpic(string repo)
    {
        Console.WriteLine("dotnet build src/KpiLang.Cli -c Release ...");
        var start = new ProcessStartInfo("dotnet", "build src/KpiLang.Cli -c Release --nologo -v q") { WorkingDirectory = repo };
        using var build = Process.Start(start)!;
        build.WaitForExit();
        if (build.ExitCode != 0) throw new InvalidOperationException("building kpic failed");
    }
}
