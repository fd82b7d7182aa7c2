using System.Text.Json;

namespace KpiLang.Tests.LanguageServer;

public sealed class HoverTests
{
    private static readonly string Resv = Path.Combine(Repository.Samples, "resv", "resv.kpi");

    internal static (int Line, int Character) Find(string path, string text, int offsetInText = 0)
    {
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var at = lines[i].IndexOf(text, StringComparison.Ordinal);
            if (at >= 0 && !lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal)) return (i, at + offsetInText);
        }
        throw new InvalidOperationException($"'{text}' not found in {path}");
    }

    [Fact]
    public async Task Hovering_an_indicator_shows_owner_baseline_target_and_the_SMART_checklist()
    {
        await using var client = await LspTestClient.StartAsync(Path.GetDirectoryName(Resv));
        var uri = await client.OpenAsync(Resv);
        var (line, character) = Find(Resv, "indicator aantal_overleggen", "indicator ".Length + 2);

        var hover = await client.RequestAsync<JsonElement>("textDocument/hover", LspTestClient.At(uri, line, character));
        var text = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
        Assert.Contains("aantal_overleggen", text);
        Assert.Contains("eigenaar", text);
        Assert.Contains("nulmeting*: 4 overleggen", text);
        Assert.Contains("minimaal 10 overleggen", text);
        Assert.Contains("SMART", text);
        Assert.Contains("Tijdgebonden", text);
    }

    [Fact]
    public async Task The_SMART_checklist_ticks_a_letter_exactly_when_no_finding_of_that_letter_stands_on_the_indicator()
    {
        using var folder = new KpiLang.Tests.Cli.TempFolder();
        var file = folder.Write("spec.kpi", """
            indicator meedoen "Alle inwoners doen mee" {
                soort: percentage
                bron: "Monitor"
                streefwaarde: minimaal 80 % in 2027
            }
            """);
        await using var client = await LspTestClient.StartAsync(folder.Path);
        var uri = await client.OpenAsync(file);

        var hover = await client.RequestAsync<JsonElement>("textDocument/hover", LspTestClient.At(uri, 0, 12));
        var text = hover.GetProperty("contents").GetProperty("value").GetString()!;

        Assert.Contains("⚠️ Specifiek: indicator 'meedoen' is niet specifiek: 'doen … mee' maakt er een zin van", text);
        Assert.Contains("(KPI101)", text);
        Assert.Contains("✅ Meetbaar", text);
        Assert.Contains("⚠️ Acceptabel: indicator 'meedoen' heeft geen eigenaar", text);
        Assert.Contains("✅ Tijdgebonden: elke streefwaarde heeft een termijn", text);
    }

    [Fact]
    public async Task Hovering_a_reference_shows_the_symbol_it_refers_to_in_english_when_asked()
    {
        await using var client = await LspTestClient.StartAsync(Path.GetDirectoryName(Resv), new { taal = "en" });
        var uri = await client.OpenAsync(Resv);
        var (line, character) = Find(Resv, "eigenaar: wijkcoordinator", "eigenaar: ".Length + 1);

        var hover = await client.RequestAsync<JsonElement>("textDocument/hover", LspTestClient.At(uri, line, character));
        var text = hover.GetProperty("contents").GetProperty("value").GetString()!;
        Assert.Contains("actor wijkcoordinator", text);
        Assert.Contains("influences", text);
    }

    [Fact]
    public async Task Hovering_a_keyword_explains_it()
    {
        await using var client = await LspTestClient.StartAsync(Path.GetDirectoryName(Resv));
        var uri = await client.OpenAsync(Resv);
        var (line, character) = Find(Resv, "nulmeting:", 2);
        var hover = await client.RequestAsync<JsonElement>("textDocument/hover", LspTestClient.At(uri, line, character));
        Assert.Contains("beginsituatie", hover.GetProperty("contents").GetProperty("value").GetString());
    }

    /// <summary>'aanbieders' is a key before ':' and a name elsewhere: the jeugdhulp sample has both.</summary>
    [Fact]
    public async Task Hovering_the_providers_key_explains_it_and_the_actor_named_aanbieders_is_still_an_actor()
    {
        var jeugdhulp = Path.Combine(Repository.Samples, "jeugdhulp", "noord-veluwe.kpi");
        await using var client = await LspTestClient.StartAsync(Path.GetDirectoryName(jeugdhulp));
        var uri = await client.OpenAsync(jeugdhulp);
        async Task<string?> At((int Line, int Character) at) =>
            (await client.RequestAsync<JsonElement>("textDocument/hover", LspTestClient.At(uri, at.Line, at.Character)))
                .GetProperty("contents").GetProperty("value").GetString();

        Assert.Contains("die de metingen van deze indicator leveren", await At(Find(jeugdhulp, "aanbieders: jeugdzorg_veluwe", 2)));
        Assert.Contains("actor aanbieders", await At(Find(jeugdhulp, "eigenaar: aanbieders", "eigenaar: ".Length + 2)));
        Assert.Contains("Jeugdzorg Veluwe, Samen Sterk", await At(Find(jeugdhulp, "indicator wachttijd_jeugdhulp", "indicator ".Length + 2)));
    }

    [Fact]
    public async Task A_position_past_the_end_of_the_document_is_answered_without_error()
    {
        await using var client = await LspTestClient.StartAsync(Path.GetDirectoryName(Resv));
        var uri = await client.OpenAsync(Resv);
        await client.RequestAsync<JsonElement?>("textDocument/hover", LspTestClient.At(uri, 100_000, 5));
        await client.RequestAsync<JsonElement?>("textDocument/hover", LspTestClient.At(uri, -3, -1));
        Assert.Equal(0, await client.ShutdownAsync());
    }
}
