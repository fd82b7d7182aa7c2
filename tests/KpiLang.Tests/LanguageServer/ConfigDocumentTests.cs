using System.Text.Json;
using KpiLang.LanguageServer.Protocol;

namespace KpiLang.Tests.LanguageServer;

/// <summary>
/// kpiconfig.json as the editor holds it: unsaved levels count at once, its own findings (KPI190–KPI193) are
/// published on it, and the server reads it once until it changes instead of on every edit.
/// </summary>
public sealed class ConfigDocumentTests
{
    private const string Indicator = "doel d1 \"Doel\" {\n    indicator i1 \"Aantal meldingen\" {\n        soort: aantal\n    }\n}\n";

    private static bool Has(PublishDiagnosticsParams p, string code) => p.Diagnostics.Any(d => d.Code == code);

    private static Task OpenConfigAsync(LspTestClient client, string uri, string text, int version = 1) =>
        client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "json", version, text } });

    [Fact]
    public async Task An_unsaved_kpiconfig_changes_the_findings_at_once_and_gets_its_own()
    {
        using var workspace = new LspWorkspace(("a.kpi", Indicator), ("kpiconfig.json", "{ \"regels\": { } }\n"));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var kpi = await client.OpenAsync(workspace.PathOf("a.kpi"));
        await client.WaitForDiagnosticsAsync(kpi, p => Has(p, "KPI130"));

        var config = LspTestClient.Uri(workspace.PathOf("kpiconfig.json"));
        await OpenConfigAsync(client, config, "{ \"regels\": { \"KPI130\": \"uit\" } }\n");
        await client.WaitForDiagnosticsAsync(kpi, p => !Has(p, "KPI130") && Has(p, "KPI120"));

        await client.ChangeAsync(config, 2, new { text = "{\n  \"regels\": { \"KPI130\": \"streng\" }\n}\n" });
        var configFindings = await client.WaitForDiagnosticsAsync(config, p => Has(p, "KPI192"));
        var level = Assert.Single(configFindings.Diagnostics);
        Assert.Equal(1, level.Range.Start.Line);
        Assert.Equal(24, level.Range.Start.Character);
        Assert.Contains("'streng' is geen niveau", level.Message);
        await client.WaitForDiagnosticsAsync(kpi, p => Has(p, "KPI130")); // an unknown level leaves the default

        // Closed unsaved: the text on disk applies again, and it has nothing wrong.
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = config } });
        await client.WaitForDiagnosticsAsync(config, p => p.Diagnostics.Length == 0);
        await client.WaitForDiagnosticsAsync(kpi, p => Has(p, "KPI130"));
    }

    [Fact]
    public async Task The_server_reads_kpiconfig_once_until_it_is_reported_changed()
    {
        using var workspace = new LspWorkspace(("a.kpi", Indicator), ("kpiconfig.json", "{ \"regels\": { \"KPI130\": \"uit\" } }\n"));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var kpi = await client.OpenAsync(workspace.PathOf("a.kpi"));
        await client.WaitForDiagnosticsAsync(kpi, p => p.Version == 1 && !Has(p, "KPI130") && Has(p, "KPI120"));

        // Gone from disk, but nobody said so: an edit is judged with the settings already read.
        File.Delete(workspace.PathOf("kpiconfig.json"));
        await client.ChangeAsync(kpi, 2, new { text = Indicator + "\n" });
        var edited = await client.WaitForDiagnosticsAsync(kpi, p => p.Version == 2);
        Assert.False(Has(edited, "KPI130"));

        // The file watcher reports the deletion: now the default level applies.
        await client.NotifyAsync("workspace/didChangeWatchedFiles",
            new { changes = new[] { new { uri = LspTestClient.Uri(workspace.PathOf("kpiconfig.json")), type = 3 } } });
        await client.WaitForDiagnosticsAsync(kpi, p => Has(p, "KPI130"));
    }

    [Fact]
    public async Task Requests_on_kpiconfig_get_empty_answers_and_it_is_never_compiled_as_kpi()
    {
        using var workspace = new LspWorkspace(("a.kpi", Indicator));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var config = LspTestClient.Uri(workspace.PathOf("kpiconfig.json"));
        await OpenConfigAsync(client, config, "{ \"regels\": { \"KPI130\": \"uit\" } }\n");

        var hover = await client.RequestAsync<JsonElement?>("textDocument/hover", LspTestClient.At(config, 0, 20));
        Assert.True(hover is null || hover.Value.ValueKind == JsonValueKind.Null);
        var pulled = await client.RequestAsync<JsonElement>("textDocument/diagnostic", new { textDocument = new { uri = config } });
        Assert.Empty(pulled.GetProperty("items").EnumerateArray());
        var symbols = await client.RequestAsync<JsonElement>("workspace/symbol", new { query = "" });
        Assert.DoesNotContain(symbols.EnumerateArray(), s => s.GetRawText().Contains("kpiconfig", StringComparison.Ordinal));
    }
}
