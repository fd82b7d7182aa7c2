using System.Text.Json;
using KpiLang.Compiler;
using KpiLang.LanguageServer.Features.Completion;
using KpiLang.Syntax;

namespace KpiLang.Tests.LanguageServer;

public sealed class CompletionTests
{
    private const string Actors = "actor jan \"Jan\" {\n    niveau: uitvoering\n}\n\nactor piet \"Piet\" {\n    soort: |\n}\n\n";

    /// <summary>The labels offered at the '|' in the text (the bar is removed before the file is opened).</summary>
    private static async Task<string[]> LabelsAt(string textWithCursor)
    {
        var items = await ItemsAt(textWithCursor);
        return [.. items.Select(i => i.GetProperty("label").GetString()!)];
    }

    private static async Task<JsonElement[]> ItemsAt(string textWithCursor)
    {
        var cursor = textWithCursor.LastIndexOf('|');
        var text = textWithCursor.Remove(cursor, 1).Replace("soort: |", "soort: rol");
        if (textWithCursor.IndexOf('|') != cursor) cursor = text.Length - (textWithCursor.Length - 1 - cursor);
        using var workspace = new LspWorkspace(("a.kpi", text));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        var before = text[..cursor];
        var line = before.Count(c => c == '\n');
        var character = cursor - (before.LastIndexOf('\n') + 1);
        var list = await client.RequestAsync<JsonElement>("textDocument/completion", LspTestClient.At(uri, line, character));
        return [.. list.GetProperty("items").EnumerateArray()];
    }

    private static string InIndicator(string member) =>
        Actors + "doel d1 \"Doel\" {\n    inspanning e1 \"Inspanning\" {\n        indicator i1 \"Indicator\" {\n            eigenaar: jan\n            " + member +
        "\n        }\n        indicator i2 \"Twee\" {\n            eigenaar: piet\n        }\n    }\n}\n";

    [Fact]
    public async Task Values_after_a_property_key_are_actors_frequencies_and_choice_words()
    {
        Assert.Equal(["jan", "piet"], (await LabelsAt(InIndicator("bespreking: |"))).Order());
        var afterActor = await LabelsAt(InIndicator("bespreking: jan |"));
        Assert.Contains("maandelijks", afterActor);
        Assert.DoesNotContain("jan", afterActor);
        Assert.Contains("jaarlijks", await LabelsAt(InIndicator("frequentie: |")));
        Assert.Equal(["activiteit", "impact", "kwaliteit"], await LabelsAt(InIndicator("laag: |")));
    }

    [Fact]
    public async Task Soort_offers_indicator_kinds_in_an_indicator_and_actor_kinds_in_an_actor()
    {
        var inIndicator = await LabelsAt(InIndicator("soort: |"));
        Assert.Contains("percentage", inIndicator);
        Assert.DoesNotContain("team", inIndicator);
        var inActor = await LabelsAt(Actors.Replace("soort: |", "soort: |") + "doel d \"D\" {\n}\n");
        Assert.Contains("team", inActor);
        Assert.DoesNotContain("percentage", inActor);
    }

    [Fact]
    public async Task Gekoppeld_aan_never_offers_the_indicator_itself_nor_one_already_listed()
    {
        var labels = await LabelsAt(InIndicator("gekoppeld aan: |"));
        Assert.Equal(["i2"], labels);
        Assert.Empty(await LabelsAt(InIndicator("gekoppeld aan: i2, |")));
    }

    [Fact]
    public async Task A_target_offers_comparisons_then_units_periods_and_a_year()
    {
        var comparisons = await LabelsAt(InIndicator("streefwaarde: |"));
        Assert.Contains("minimaal", comparisons);
        Assert.Contains("tussen", comparisons);
        Assert.Contains(">=", comparisons);
        Assert.DoesNotContain("jan", comparisons);

        var afterNumber = await LabelsAt(InIndicator("streefwaarde: minimaal 10 |"));
        Assert.Contains("%", afterNumber);
        Assert.Contains("in …", afterNumber);
        Assert.Contains("per", afterNumber);
        Assert.Contains("2026", await LabelsAt(InIndicator("streefwaarde: minimaal 10 in |")));
        var inYear = (await ItemsAt(InIndicator("streefwaarde: minimaal 10 |"))).Single(i => i.GetProperty("label").GetString() == "in …");
        Assert.Equal("in ${1:2026}", inYear.GetProperty("insertText").GetString());
    }

    [Fact]
    public async Task At_the_start_of_a_line_only_the_properties_of_this_block_that_are_not_set_yet()
    {
        var inIndicator = await LabelsAt(InIndicator("|"));
        Assert.Contains("nulmeting", inIndicator);
        Assert.Contains("streefwaarde", inIndicator);
        Assert.DoesNotContain("eigenaar", inIndicator); // already set
        Assert.DoesNotContain("missie", inIndicator);
        Assert.DoesNotContain("indicator", inIndicator); // an indicator holds no declarations

        var typing = await LabelsAt(InIndicator("fre|"));
        Assert.Contains("frequentie", typing);

        var inGoal = await LabelsAt(Actors + "doel d1 \"Doel\" {\n    |\n}\n");
        Assert.Contains("inspanning", inGoal);
        Assert.Contains("indicator", inGoal);
        Assert.DoesNotContain("nulmeting", inGoal);

        var topLevel = await LabelsAt(Actors + "|");
        Assert.Contains("organisatie", topLevel);
        Assert.Contains("doel", topLevel);
        Assert.DoesNotContain("eigenaar", topLevel);
    }

    [Fact]
    public async Task Every_word_is_offered_once()
    {
        foreach (var place in new[] { InIndicator("|"), Actors + "doel d1 \"Doel\" {\n    |\n}\n", Actors + "|", InIndicator("bespreking: jan |") })
        {
            var labels = await LabelsAt(place);
            Assert.Equal(labels.Length, labels.Distinct().Count());
        }
        var inGoal = await LabelsAt(Actors + "doel d1 \"Doel\" {\n    |\n}\n");
        Assert.Single(inGoal, l => l.StartsWith("indicator", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_property_key_inserts_the_colon_and_asks_for_its_values()
    {
        var item = (await ItemsAt(InIndicator("|"))).Single(i => i.GetProperty("label").GetString() == "frequentie");
        Assert.Equal("frequentie: ", item.GetProperty("insertText").GetString());
        Assert.Equal("editor.action.triggerSuggest", item.GetProperty("command").GetProperty("command").GetString());
    }

    [Fact]
    public async Task Nothing_is_offered_inside_a_text_or_a_plain_comment_and_rule_codes_in_kpi_negeer()
    {
        Assert.Empty(await LabelsAt(InIndicator("definitie: \"Het aan|\"")));
        Assert.Empty(await LabelsAt(InIndicator("// een opmerking over |")));
        var codes = await LabelsAt(InIndicator("// kpi-negeer KPI1|"));
        Assert.Contains("KPI105", codes);
    }

    [Fact]
    public async Task An_effort_offers_the_user_story_template_with_its_actors()
    {
        var items = await ItemsAt(Actors + "doel d1 \"Doel\" {\n    inspanning e1 \"Inspanning\" {\n        |\n    }\n}\n");
        var story = items.Single(i => i.GetProperty("label").GetString() == "verhaal");
        Assert.Equal(2, story.GetProperty("insertTextFormat").GetInt32());
        Assert.StartsWith("verhaal: als ${1|jan,piet|}", story.GetProperty("insertText").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_templates_once_filled_in_compile_without_errors(bool withActors)
    {
        var today = new DateOnly(2025, 6, 1);
        IReadOnlyList<string> actors = withActors ? ["jan", "piet"] : [];
        var kinds = new[] { DeclarationKind.Organisation, DeclarationKind.Scope, DeclarationKind.Actor, DeclarationKind.Goal, DeclarationKind.Indicator };
        var text = (withActors ? Actors.Replace("soort: |", "soort: rol") : "") +
            string.Join("\n", kinds.Select(k => Templates.Plain(Templates.For(k, actors, today)).Replace("nieuwe_actor", "nieuwe_actor"))) + "\n" +
            "doel d2 \"D\" {\n" + Templates.Plain(Templates.For(DeclarationKind.Effort, actors, today)).Replace("nieuwe_inspanning", "e2").Replace("}", "    " +
                Templates.Plain(Templates.Story(actors)) + "\n}") + "\n}\n";
        var tree = SyntaxTree.Parse(text, "template.kpi");
        var compilation = Compilation.Create([tree], new CompilationOptions(null, today));
        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        Assert.DoesNotContain("actor:", text);
    }
}
