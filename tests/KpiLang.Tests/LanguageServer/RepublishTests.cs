namespace KpiLang.Tests.LanguageServer;

/// <summary>Findings that change because of another file or a setting are published again, without an edit to the file itself.</summary>
public sealed class RepublishTests
{
    [Fact]
    public async Task Toggling_an_import_off_and_on_leaves_no_stale_error_on_the_imported_file()
    {
        using var workspace = LspWorkspace.FromSample("resv");
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var resvPath = workspace.PathOf("resv.kpi");
        var original = File.ReadAllText(resvPath);
        var resv = await client.OpenAsync(resvPath);
        var actors = await client.OpenAsync(workspace.PathOf("actoren.kpi"));
        await client.WaitForDiagnosticsAsync(actors, p => p.Version == 1 && p.Diagnostics.All(d => d.Code != "KPL0110"));

        await client.ChangeAsync(resv, 2, new { text = original.Replace("importeer \"actoren.kpi\"", "// importeer \"actoren.kpi\"") });
        await client.WaitForDiagnosticsAsync(actors, p => p.Diagnostics.Any(d => d.Code == "KPL0110"));

        client.ForgetPublications();
        await client.ChangeAsync(resv, 3, new { text = original });
        var published = await client.WaitForDiagnosticsAsync(actors);
        Assert.DoesNotContain(published.Diagnostics, d => d.Code == "KPL0110");
        Assert.Equal(1, published.Version);
        Assert.DoesNotContain((await client.WaitForDiagnosticsAsync(resv, p => p.Version == 3)).Diagnostics, d => d.Code == "KPL0110");
    }

    [Fact]
    public async Task Changing_the_language_publishes_every_finding_again_in_the_new_language()
    {
        using var workspace = new LspWorkspace(("a.kpi", "doel d1 \"Doel\" {\n  eigenaar\n}\n"), ("b.kpi", "doel d2 \"Twee\" {\n  eigenaar\n}\n"));
        await using var client = await LspTestClient.StartAsync(workspace.Root, new { taal = "nl" });
        var a = await client.OpenAsync(workspace.PathOf("a.kpi"));
        var b = LspTestClient.Uri(workspace.PathOf("b.kpi"));
        await client.WaitForDiagnosticsAsync(a, p => p.Diagnostics.Any(d => d.Message.Contains("verwacht")));
        await client.WaitForDiagnosticsAsync(b, p => p.Diagnostics.Any(d => d.Message.Contains("verwacht")));

        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { kpi = new { taal = "en" } } });
        await client.WaitForDiagnosticsAsync(a, p => p.Diagnostics.Any(d => d.Message.Contains("expected")));
        await client.WaitForDiagnosticsAsync(b, p => p.Diagnostics.Any(d => d.Message.Contains("expected")));
    }
}
