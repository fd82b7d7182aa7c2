using System.Text.Json;
using KpiLang.Tests.Mistakes;

namespace KpiLang.Tests.LanguageServer;

/// <summary>
/// The mistakes table in the editor: each mistake shows as one error with the message of the corpus file, the
/// quick fix at the error is offered with its title (preferred), and applying it leaves the file without errors.
/// </summary>
public sealed class MistakeQuickFixTests
{
    [Theory]
    [InlineData("declaratie-tikfout.kpi", "Schrijf 'indicator'")]
    [InlineData("eigenschap-tikfout.kpi", "Schrijf 'frequentie'")]
    [InlineData("waarde-tikfout-frequentie.kpi", "Schrijf 'jaarlijks'")]
    [InlineData("waarde-tikfout-laag.kpi", "Schrijf 'impact'")]
    [InlineData("sleutelwoord-hoofdletter.kpi", "Schrijf 'doel'")]
    [InlineData("streepje-in-naam.kpi", "Schrijf 'bijstand_totaal'")]
    [InlineData("typografische-aanhalingstekens.kpi", "Gebruik rechte aanhalingstekens")]
    [InlineData("komma-vergeten.kpi", "Schrijf 'team_werk, bestuur'")]
    [InlineData("accolade-ontbreekt.kpi", "Sluit het blok af met '}'")]
    public async Task The_quick_fix_of_a_mistake_repairs_it(string file, string title)
    {
        using var workspace = new LspWorkspace((file, MistakeCorpus.Text(file)), (MistakeCorpus.SharedFile, MistakeCorpus.Text(MistakeCorpus.SharedFile)));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf(file));
        var expected = MistakeCorpus.Expected(file, "// fout: ").Single();
        var published = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1 && p.Diagnostics.Any(d => d.Severity == 1));
        var error = Assert.Single(published.Diagnostics, d => d.Severity == 1);
        Assert.Equal(expected, error.Message);

        var actions = await client.RequestAsync<JsonElement[]>("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = error.Range,
            context = new { diagnostics = Array.Empty<object>() },
        });
        var fix = Assert.Single(actions, a => a.GetProperty("title").GetString() == title);
        Assert.True(fix.GetProperty("isPreferred").GetBoolean());
        var edits = fix.GetProperty("edit").GetProperty("changes").GetProperty(uri).EnumerateArray()
            .OrderByDescending(e => e.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32())
            .ThenByDescending(e => e.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32())
            .Select(e => (object)new { range = e.GetProperty("range"), text = e.GetProperty("newText").GetString() })
            .ToArray();
        await client.ChangeAsync(uri, 2, edits);

        var after = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.DoesNotContain(after.Diagnostics, d => d.Severity == 1);
    }
}
