using System.Diagnostics;
using KpiLang.Generator;

namespace KpiLang.Benchmarks;

/// <summary>
/// Budgets 2 and 4 against `kpic lsp` as a child process: the time from typing one character (didChange) to the
/// diagnostics for that version, median over N edits on a 5k-line document; and the server's peak resident memory
/// (VmHWM) after it has checked a 100k-line workspace.
/// </summary>
internal static class LspBudgets
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static BudgetResult EditToDiagnostics(string kpic, BenchWorkspace workspace, int edits)
    {
        const string name = "LSP edit to diagnostics, 5k-line document";
        if (!ServerAvailable(kpic)) return new(name, "< 50 ms", "n/a", null, "this kpic has no 'lsp' command yet");
        var file = workspace.Paths.Single(p => p.Contains(SpecificationGenerator.ProgrammeFolder, StringComparison.Ordinal));
        var text = File.ReadAllText(file);
        var uri = new Uri(file).AbsoluteUri;
        var (line, character) = TypingPoint.In(text);
        using var server = new LspProcess(kpic);
        server.Initialize(workspace.Root);
        server.Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "kpi", version = 1, text } });
        server.Diagnostics(uri, 1, Patience);
        var times = new List<double>();
        for (var version = 2; version < edits + 2; version++)
        {
            var insert = version % 2 == 0;
            var change = insert
                ? new { range = Range(line, character, line, character), text = "x" }
                : new { range = Range(line, character, line, character + 1), text = "" };
            var clock = Stopwatch.StartNew();
            server.Notify("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { change } });
            server.Diagnostics(uri, version, Patience);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        server.Shutdown();
        var median = Budgets.Median(times);
        return new(name + " (median)", "< 50 ms", $"{Budgets.F(median, "0.0")} ms over {edits} edits (max {Budgets.F(times.Max(), "0")} ms)",
            median < 50, "includes the server's debounce; " + workspace.Generated.Programmes.Single().LineCount + " lines");
    }

    public static BudgetResult PeakMemory(string kpic, BenchWorkspace workspace)
    {
        const string name = "LSP peak memory, 100k-line workspace";
        if (!ServerAvailable(kpic)) return new(name, "< 400 MB", "n/a", null, "this kpic has no 'lsp' command yet");
        using var server = new LspProcess(kpic);
        server.Initialize(workspace.Root);
        // Open a file and wait for its diagnostics: by then the server has loaded and checked the workspace.
        var file = workspace.Paths.First(p => p.Contains(SpecificationGenerator.ProgrammeFolder, StringComparison.Ordinal));
        var uri = new Uri(file).AbsoluteUri;
        server.Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "kpi", version = 1, text = File.ReadAllText(file) } });
        server.Diagnostics(uri, 1, Patience);
        var peak = server.PeakMemoryMegabytes();
        server.Shutdown();
        return new(name + " (VmHWM)", "< 400 MB", $"{Budgets.F(peak, "0")} MB", peak < 400);
    }

    private static bool ServerAvailable(string kpic) => Budgets.HasCommand(kpic, "lsp");

    private static object Range(int l1, int c1, int l2, int c2) =>
        new { start = new { line = l1, character = c1 }, end = new { line = l2, character = c2 } };
}
