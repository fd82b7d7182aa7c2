using System.Text.Json;

namespace KpiLang.Tests.LanguageServer;

public sealed class DiagnosticsTests
{
    private const string Broken = "doel d1 \"Doel\" {\n  eigenaar\n}\n";
    private const string Fixed = "doel d1 \"Doel\" {\n}\n";

    [Fact]
    public async Task Opening_a_broken_file_pushes_its_error_with_code_link_and_position()
    {
        using var workspace = new LspWorkspace(("a.kpi", Broken));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));

        var published = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1);
        var error = Assert.Single(published.Diagnostics, d => d.Code == "KPL0002");
        Assert.Equal("KPL0002", error.Code);
        Assert.Equal(1, error.Severity);
        Assert.Equal("kpic", error.Source);
        Assert.Equal(2, error.Range.Start.Line);
        Assert.EndsWith("docs/diagnostieken/KPL0002.md", error.CodeDescription.Href);
        Assert.Contains("verwacht", error.Message);
    }

    [Fact]
    public async Task An_incremental_edit_that_fixes_the_error_clears_the_findings()
    {
        using var workspace = new LspWorkspace(("a.kpi", Broken));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1 && p.Diagnostics.Any(d => d.Code == "KPL0002"));

        // Delete line 2 ("  eigenaar\n") with a ranged change.
        await client.ChangeAsync(uri, 2, new { range = new { start = LspTestClient.Position(1, 0), end = LspTestClient.Position(2, 0) }, text = "" });
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.DoesNotContain(published.Diagnostics, d => d.Code == "KPL0002");

        var pulled = await client.RequestAsync<JsonElement>("textDocument/diagnostic", new { textDocument = new { uri } });
        Assert.Equal("full", pulled.GetProperty("kind").GetString());
        Assert.DoesNotContain(pulled.GetProperty("items").EnumerateArray(), d => d.GetProperty("code").GetString() == "KPL0002");
    }

    [Fact]
    public async Task An_edit_storm_ends_with_the_findings_of_the_last_text()
    {
        using var workspace = new LspWorkspace(("a.kpi", Fixed));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        for (var version = 2; version <= 200; version++)
            await client.ChangeAsync(uri, version, new { text = version % 2 == 0 ? Broken : Fixed });
        await client.ChangeAsync(uri, 201, new { text = Broken });

        var published = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 201);
        Assert.Single(published.Diagnostics, d => d.Code == "KPL0002");
    }

    [Fact]
    public async Task Pull_diagnostics_answer_with_the_current_findings()
    {
        using var workspace = new LspWorkspace(("a.kpi", Broken));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        var pulled = await client.RequestAsync<JsonElement>("textDocument/diagnostic", new { textDocument = new { uri } });
        Assert.Single(pulled.GetProperty("items").EnumerateArray(), item => item.GetProperty("code").GetString() == "KPL0002");
    }

    [Fact]
    public async Task Messages_follow_the_clients_locale_and_taal_wins()
    {
        using var workspace = new LspWorkspace(("a.kpi", Broken));
        await using (var english = await LspTestClient.StartAsync(workspace.Root, locale: "en-GB"))
        {
            var uri = await english.OpenAsync(workspace.PathOf("a.kpi"));
            var published = await english.WaitForDiagnosticsAsync(uri, p => p.Version == 1);
            Assert.Contains("expected", Assert.Single(published.Diagnostics, d => d.Code == "KPL0002").Message);
        }
        await using var dutch = await LspTestClient.StartAsync(workspace.Root, new { taal = "nl" }, locale: "en");
        var dutchUri = await dutch.OpenAsync(workspace.PathOf("a.kpi"));
        var dutchPublished = await dutch.WaitForDiagnosticsAsync(dutchUri, p => p.Version == 1);
        Assert.Contains("verwacht", Assert.Single(dutchPublished.Diagnostics, d => d.Code == "KPL0002").Message);
    }

    [Fact]
    public async Task Workspace_files_that_are_not_open_get_their_findings_too()
    {
        using var workspace = new LspWorkspace(("a.kpi", Fixed), ("sub/b.kpi", Broken));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var published = await client.WaitForDiagnosticsAsync(LspTestClient.Uri(workspace.PathOf("sub/b.kpi")));
        Assert.Single(published.Diagnostics, d => d.Code == "KPL0002");
    }
}
