using System.Text.Json;

namespace KpiLang.Tests.LanguageServer;

public sealed class FormattingTests
{
    [Fact]
    public async Task Formatting_returns_one_edit_with_the_canonical_text_and_nothing_for_a_broken_file()
    {
        using var workspace = new LspWorkspace(("a.kpi", "actor   jan \"Jan\"{niveau:uitvoering}\n"), ("b.kpi", "doel d1 \"x\" {\n  eigenaar\n}\n"));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        var edits = await client.RequestAsync<JsonElement[]>("textDocument/formatting",
            new { textDocument = new { uri }, options = new { tabSize = 4, insertSpaces = true } });
        var edit = Assert.Single(edits);
        Assert.Equal("actor jan \"Jan\" {\n    niveau: uitvoering\n}\n", edit.GetProperty("newText").GetString());
        Assert.Equal(0, edit.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());

        var brokenUri = await client.OpenAsync(workspace.PathOf("b.kpi"));
        var none = await client.RequestAsync<JsonElement[]>("textDocument/formatting",
            new { textDocument = new { uri = brokenUri }, options = new { tabSize = 4, insertSpaces = true } });
        Assert.Empty(none);
    }
}
