using System.Text.Json.Nodes;
using KpiLang.Generator;

namespace KpiLang.Benchmarks;

/// <summary>
/// Against `kpic lsp` as a child process: one typed character in a 5.4k-line document to its diagnostics (median
/// over N edits), in the same run as yaml-language-server on a 5.4k-line YAML file with a schema (the same client,
/// the same edits); and the server's peak resident memory (VmHWM) after it has checked a 100k-line workspace.
/// </summary>
internal static class LspBudgets
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static BudgetResult EditToDiagnostics(string kpic, string repo, BenchWorkspace workspace, int edits)
    {
        const string name = "LSP edit to diagnostics, 5.4k-line document (median)";
        const string limit = "< 20 ms, >= 10x yaml-ls";
        var file = workspace.Paths.Single(p => p.Contains(SpecificationGenerator.ProgrammeFolder, StringComparison.Ordinal));
        List<double> ours;
        using (var server = new LspProcess(kpic))
        {
            server.Initialize(workspace.Root);
            ours = EditLatency.Measure(server, file, "kpi", TypingPoint.In(File.ReadAllText(file)), edits, versioned: true);
            server.Shutdown();
        }
        var median = Budgets.Median(ours);
        var lines = File.ReadAllLines(file).Length;
        var measured = $"{Budgets.F(median, "0.0")} ms (max {Budgets.F(ours.Max(), "0")} ms, {lines} lines)";
        if (PeerTools.YamlServer(repo) is not { } yaml)
            return new(name, limit, measured, median < 20, "yaml-language-server could not be installed: no ratio");

        var yamlFile = Path.Combine(workspace.Root, "specificatie.yaml");
        File.WriteAllText(yamlFile, PeerFiles.Yaml(lines));
        var schema = Path.Combine(workspace.Root, "specificatie.schema.json");
        File.WriteAllText(schema, PeerFiles.YamlSchema);
        List<double> theirs;
        using (var server = new LspProcess(yaml.Program, yaml.Args))
        {
            var settings = new JsonObject { ["validate"] = true, ["schemas"] = new JsonObject { [new Uri(schema).AbsoluteUri] = "*.yaml" } };
            server.Configuration = section => section == "yaml" ? settings.DeepClone() : null;
            server.Initialize(workspace.Root);
            server.Notify("workspace/didChangeConfiguration", new { settings = new { yaml = settings } });
            theirs = EditLatency.Measure(server, yamlFile, "yaml", TypingPoint.InYaml(File.ReadAllText(yamlFile)), edits, versioned: false);
            server.Shutdown();
        }
        var peer = Budgets.Median(theirs);
        var ratio = peer / median;
        return new(name, limit, $"{measured}; yaml-ls {Budgets.F(peer, "0.0")} ms: {Budgets.F(ratio, "0.0")}x", median < 20 && ratio >= 10,
            $"yaml-language-server {PeerTools.YamlServerVersion} on {File.ReadAllLines(yamlFile).Length} lines of YAML with a schema; the same {edits} edits. " +
            "kpic re-reads only the declaration typed in, then binds and checks the file's specification again.");
    }

    public static BudgetResult PeakMemory(string kpic, BenchWorkspace workspace)
    {
        const string name = "LSP peak memory, 100k-line workspace (VmHWM)";
        using var server = new LspProcess(kpic);
        server.Initialize(workspace.Root);
        // Open a file and wait for its diagnostics: by then the server has loaded and checked the workspace.
        var file = workspace.Paths.First(p => p.Contains(SpecificationGenerator.ProgrammeFolder, StringComparison.Ordinal));
        var uri = new Uri(file).AbsoluteUri;
        server.Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "kpi", version = 1, text = File.ReadAllText(file) } });
        server.Diagnostics(uri, 1, Patience);
        var peak = server.PeakMemoryMegabytes();
        server.Shutdown();
        return new(name, "< 400 MB", $"{Budgets.F(peak, "0")} MB", peak < 400);
    }
}
