using System.Text.Json;
using KpiLang.Compiler;
using KpiLang.LanguageServer.Features;

namespace KpiLang.Tests.LanguageServer;

public sealed class CompletionTests
{
    private const string Spec =
        "actor jan \"Jan\" {\n    niveau: uitvoering\n}\n\n" +
        "doel d1 \"Doel\" {\n    inspanning e1 \"Inspanning\" {\n        indicator i1 \"Indicator\" {\n            eigenaar: \n            bespreking: jan \n            frequentie: \n            \n        }\n        \n    }\n    \n}\n\n";

    private static async Task<string[]> LabelsAt(LspTestClient client, string uri, int line, int character)
    {
        var list = await client.RequestAsync<JsonElement>("textDocument/completion", LspTestClient.At(uri, line, character));
        return [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!)];
    }

    [Fact]
    public async Task Values_after_a_property_key_are_actors_frequencies_and_choice_words()
    {
        using var workspace = new LspWorkspace(("a.kpi", Spec));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));

        Assert.Contains("jan", await LabelsAt(client, uri, 7, "            eigenaar: ".Length));
        var afterActor = await LabelsAt(client, uri, 8, "            bespreking: jan ".Length);
        Assert.Contains("maandelijks", afterActor);
        Assert.DoesNotContain("jan", afterActor);
        Assert.Contains("jaarlijks", await LabelsAt(client, uri, 9, "            frequentie: ".Length));
    }

    [Fact]
    public async Task At_the_start_of_a_line_the_keywords_fit_the_enclosing_declaration()
    {
        using var workspace = new LspWorkspace(("a.kpi", Spec));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));

        var inIndicator = await LabelsAt(client, uri, 10, 12);
        Assert.Contains("nulmeting", inIndicator);
        Assert.Contains("streefwaarde", inIndicator);
        Assert.DoesNotContain("missie", inIndicator);

        var inGoal = await LabelsAt(client, uri, 14, 4);
        Assert.Contains("inspanning", inGoal);
        Assert.Contains("indicator …", inGoal);
        Assert.DoesNotContain("nulmeting", inGoal);

        var topLevel = await LabelsAt(client, uri, 16, 0);
        Assert.Contains("organisatie", topLevel);
        Assert.Contains("doel …", topLevel);
    }

    [Fact]
    public async Task An_effort_offers_the_user_story_template()
    {
        using var workspace = new LspWorkspace(("a.kpi", Spec));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        var list = await client.RequestAsync<JsonElement>("textDocument/completion", LspTestClient.At(uri, 12, 8));
        var story = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("label").GetString() == "verhaal …");
        Assert.Equal(2, story.GetProperty("insertTextFormat").GetInt32());
        Assert.StartsWith("verhaal: als ${1:wie}", story.GetProperty("insertText").GetString());
    }

    [Fact]
    public void The_templates_once_filled_in_compile_without_syntax_errors()
    {
        var text = "actor wie \"A\" {\n    niveau: uitvoering\n}\n" + Snippets.Plain(Snippets.Goal).Replace("    }\n}", "        " + Snippets.Plain(Snippets.Story) + "\n        " +
            Snippets.Plain(Snippets.Indicator).Replace("\n", "\n        ") + "\n    }\n}");
        var tree = KpiLang.Syntax.SyntaxTree.Parse(text, "snippet.kpi");
        var compilation = Compilation.Create([tree], new CompilationOptions(null, new DateOnly(2025, 6, 1)));
        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError));
    }
}
