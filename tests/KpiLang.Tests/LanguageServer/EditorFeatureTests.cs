using System.Text.Json;

namespace KpiLang.Tests.LanguageServer;

/// <summary>Hover on rule codes and values, import links, highlights and the checking status.</summary>
public sealed class EditorFeatureTests
{
    private static readonly string ResvFolder = Path.Combine(Repository.Samples, "resv");
    private static readonly string Resv = Path.Combine(ResvFolder, "resv.kpi");

    private static async Task<string?> HoverText(LspTestClient client, string uri, int line, int character)
    {
        var hover = await client.RequestAsync<JsonElement?>("textDocument/hover", LspTestClient.At(uri, line, character));
        return hover is { ValueKind: JsonValueKind.Object } h ? h.GetProperty("contents").GetProperty("value").GetString() : null;
    }

    [Fact]
    public async Task Hovering_a_code_in_kpi_negeer_shows_the_rules_title_and_description()
    {
        using var workspace = new LspWorkspace(("a.kpi", "// kpi-negeer KPI105, KPI138: bewust zonder termijn\ndoel d \"D\" {\n}\n"));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        var text = await HoverText(client, uri, 0, "// kpi-negeer KPI1".Length);
        Assert.NotNull(text);
        Assert.Contains("KPI105", text);
        Assert.Contains("niet-tijdgebonden", text);
        Assert.Contains("termijn", text);
        Assert.Contains("docs/regels/KPI105.md", text);
        Assert.Contains("KPI138", await HoverText(client, uri, 0, "// kpi-negeer KPI105, KPI1".Length));
        Assert.Null(await HoverText(client, uri, 0, "// kpi-negeer KPI105, KPI138: bew".Length));
    }

    [Fact]
    public async Task Hovering_an_old_compiler_code_names_its_new_code_and_page()
    {
        using var workspace = new LspWorkspace(("a.kpi", "// kpi-negeer KPI0104, KPL0102: liever niet\ndoel d \"D\" {\n}\n"));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        var old = await HoverText(client, uri, 0, "// kpi-negeer KPI01".Length);
        Assert.NotNull(old);
        Assert.StartsWith("*KPI0104 heet nu KPL0104.*", old);
        Assert.Contains("**KPL0104** hoort-hier-niet (fout) — taalfout, kan niet worden genegeerd", old);
        Assert.Contains("docs/diagnostieken/KPL0104.md", old);
        var current = await HoverText(client, uri, 0, "// kpi-negeer KPI0104, KPL01".Length);
        Assert.StartsWith("**KPL0102** onbekende-naam", current);
    }

    [Fact]
    public async Task Hovering_a_value_explains_it()
    {
        await using var client = await LspTestClient.StartAsync(ResvFolder);
        var uri = await client.OpenAsync(Resv);
        var (line, character) = HoverTests.Find(Resv, "frequentie: maandelijks", "frequentie: ".Length + 2);
        Assert.Contains("12 keer per jaar", await HoverText(client, uri, line, character));
        var (layerLine, layerCharacter) = HoverTests.Find(Resv, "laag: kwaliteit", "laag: ".Length + 2);
        Assert.Contains("hoe goed", await HoverText(client, uri, layerLine, layerCharacter));
    }

    [Fact]
    public void Every_word_of_the_vocabulary_is_explained()
    {
        var words = new IEnumerable<string>[]
        {
            KpiLang.Semantics.Vocabulary.Layers.Keys, KpiLang.Semantics.Vocabulary.IndicatorKinds.Keys, KpiLang.Semantics.Vocabulary.ActorKinds.Keys,
            KpiLang.Semantics.Vocabulary.Methods.Keys, KpiLang.Semantics.Vocabulary.Levels.Keys, KpiLang.Semantics.Vocabulary.Directions.Keys,
            KpiLang.Semantics.Vocabulary.FrequencyWords.Keys,
        }.SelectMany(w => w);
        Assert.All(words, w => Assert.NotNull(KpiLang.LanguageServer.Features.ValueHelp.Describe(w)));
    }

    [Fact]
    public async Task An_import_is_a_link_and_go_to_definition_opens_the_imported_file()
    {
        await using var client = await LspTestClient.StartAsync(ResvFolder);
        var uri = await client.OpenAsync(Resv);
        var actors = LspTestClient.Uri(Path.Combine(ResvFolder, "actoren.kpi"));
        var links = await client.RequestAsync<JsonElement[]>("textDocument/documentLink", new { textDocument = new { uri } });
        var (line, character) = HoverTests.Find(Resv, "importeer \"actoren.kpi\"", "importeer \"".Length);
        var link = Assert.Single(links);
        Assert.Equal(actors, link.GetProperty("target").GetString());
        Assert.Equal(line, link.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(character, link.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());

        var definition = await client.RequestAsync<JsonElement>("textDocument/definition", LspTestClient.At(uri, line, character + 3));
        Assert.Equal(actors, definition.GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Document_highlight_marks_every_occurrence_of_the_name_in_the_file()
    {
        await using var client = await LspTestClient.StartAsync(ResvFolder);
        var uri = await client.OpenAsync(Resv);
        var (line, character) = HoverTests.Find(Resv, "indicator aantal_overleggen", "indicator ".Length + 2);
        var highlights = await client.RequestAsync<JsonElement[]>("textDocument/documentHighlight", LspTestClient.At(uri, line, character));
        Assert.Contains(highlights, h => h.GetProperty("kind").GetInt32() == 3 && h.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() == line);
        Assert.Contains(highlights, h => h.GetProperty("kind").GetInt32() == 2);
    }

    [Fact]
    public async Task The_server_says_when_it_is_checking_and_when_it_is_done()
    {
        using var workspace = new LspWorkspace(("a.kpi", "doel d \"D\" {\n}\n"));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1);
        var end = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < end && !client.Statuses.Contains(false)) await Task.Delay(20);
        Assert.Contains(true, client.Statuses);
        Assert.False(client.Statuses[^1]);
    }
}
