using System.Text.Json;
using StreamJsonRpc;

namespace KpiLang.Tests.LanguageServer;

public sealed class NavigationTests
{
    private static readonly string ResvFolder = Path.Combine(Repository.Samples, "resv");
    private static readonly string Resv = Path.Combine(ResvFolder, "resv.kpi");
    private static readonly string Actors = Path.Combine(ResvFolder, "actoren.kpi");

    [Fact]
    public async Task Go_to_definition_jumps_to_the_actor_in_the_imported_file()
    {
        await using var client = await LspTestClient.StartAsync(ResvFolder);
        var uri = await client.OpenAsync(Resv);
        var (line, character) = HoverTests.Find(Resv, "eigenaar: wijkcoordinator", "eigenaar: ".Length + 3);

        var location = await client.RequestAsync<JsonElement>("textDocument/definition", LspTestClient.At(uri, line, character));
        Assert.Equal(LspTestClient.Uri(Actors), location.GetProperty("uri").GetString());
        var (declLine, _) = HoverTests.Find(Actors, "actor wijkcoordinator");
        Assert.Equal(declLine, location.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Find_references_lists_uses_in_every_file_and_the_declaration_when_asked()
    {
        await using var client = await LspTestClient.StartAsync(ResvFolder);
        var uri = await client.OpenAsync(Actors);
        var (line, character) = HoverTests.Find(Actors, "actor wijkcoordinator", "actor ".Length + 1);

        var withDeclaration = await client.RequestAsync<JsonElement[]>("textDocument/references",
            new { textDocument = new { uri }, position = LspTestClient.Position(line, character), context = new { includeDeclaration = true } });
        var without = await client.RequestAsync<JsonElement[]>("textDocument/references",
            new { textDocument = new { uri }, position = LspTestClient.Position(line, character), context = new { includeDeclaration = false } });

        Assert.Equal(withDeclaration.Length - 1, without.Length);
        Assert.Contains(withDeclaration, l => l.GetProperty("uri").GetString() == LspTestClient.Uri(Resv));
        Assert.Contains(withDeclaration, l => l.GetProperty("uri").GetString() == uri);
        var resvMentions = File.ReadAllLines(Resv).Where(l => !l.TrimStart().StartsWith("//")).Sum(l => CountWord(l, "wijkcoordinator"));
        Assert.Equal(resvMentions, without.Count(l => l.GetProperty("uri").GetString() == LspTestClient.Uri(Resv)));
    }

    private static int CountWord(string line, string word) =>
        System.Text.RegularExpressions.Regex.Matches(line, $@"(?<![\p{{L}}_\d]){word}(?![\p{{L}}_\d])").Count;

    [Fact]
    public async Task Rename_changes_the_declaration_and_every_reference_in_both_files()
    {
        using var workspace = LspWorkspace.FromSample("resv");
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var actors = workspace.PathOf("actoren.kpi");
        var uri = await client.OpenAsync(actors);
        var (line, character) = HoverTests.Find(actors, "actor wijkcoordinator", "actor ".Length + 1);

        var prepared = await client.RequestAsync<JsonElement>("textDocument/prepareRename", LspTestClient.At(uri, line, character));
        Assert.Equal("wijkcoordinator", prepared.GetProperty("placeholder").GetString());

        var edit = await client.RequestAsync<JsonElement>("textDocument/rename",
            new { textDocument = new { uri }, position = LspTestClient.Position(line, character), newName = "coordinator" });
        var changes = edit.GetProperty("changes");
        Assert.True(changes.TryGetProperty(uri, out var actorEdits));
        Assert.True(changes.TryGetProperty(LspTestClient.Uri(workspace.PathOf("resv.kpi")), out var resvEdits));
        Assert.Single(actorEdits.EnumerateArray());
        Assert.True(resvEdits.GetArrayLength() > 1);
        Assert.All(resvEdits.EnumerateArray(), e => Assert.Equal("coordinator", e.GetProperty("newText").GetString()));
    }

    [Fact]
    public async Task Rename_refuses_a_keyword_an_invalid_name_and_a_name_in_use()
    {
        await using var client = await LspTestClient.StartAsync(ResvFolder);
        var uri = await client.OpenAsync(Actors);
        var (line, character) = HoverTests.Find(Actors, "actor wijkcoordinator", "actor ".Length + 1);
        foreach (var bad in new[] { "minimaal", "12abc", "twee woorden", "stuurgroep" })
            await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<JsonElement>("textDocument/rename",
                new { textDocument = new { uri }, position = LspTestClient.Position(line, character), newName = bad }));

        var onKeyword = await client.RequestAsync<JsonElement?>("textDocument/prepareRename", LspTestClient.At(uri, line, 1));
        Assert.True(onKeyword is null || onKeyword.Value.ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task The_outline_nests_goals_efforts_and_indicators()
    {
        await using var client = await LspTestClient.StartAsync(ResvFolder);
        var uri = await client.OpenAsync(Resv);
        var symbols = await client.RequestAsync<JsonElement[]>("textDocument/documentSymbol", new { textDocument = new { uri } });

        Assert.Contains(symbols, s => s.GetProperty("name").GetString() == "resv_samenwerkingsverband");
        var goal = symbols.First(s => s.GetProperty("name").GetString() == "samenwerking");
        var effort = goal.GetProperty("children").EnumerateArray().First(c => c.GetProperty("name").GetString() == "overleggen");
        Assert.Contains(effort.GetProperty("children").EnumerateArray(), c => c.GetProperty("name").GetString() == "aantal_overleggen");
    }

    [Fact]
    public async Task Workspace_symbols_find_declarations_in_files_that_are_not_open()
    {
        await using var client = await LspTestClient.StartAsync(Repository.Samples);
        var found = await client.RequestAsync<JsonElement[]>("workspace/symbol", new { query = "overleg" });
        Assert.Contains(found, s => s.GetProperty("name").GetString() == "aantal_overleggen"
            && s.GetProperty("location").GetProperty("uri").GetString() == LspTestClient.Uri(Resv));
    }

    [Fact]
    public async Task Folding_ranges_cover_blocks_and_comment_runs()
    {
        await using var client = await LspTestClient.StartAsync(ResvFolder);
        var uri = await client.OpenAsync(Resv);
        var ranges = await client.RequestAsync<JsonElement[]>("textDocument/foldingRange", new { textDocument = new { uri } });
        var (goalLine, _) = HoverTests.Find(Resv, "doel samenwerking");
        Assert.Contains(ranges, r => r.GetProperty("startLine").GetInt32() == goalLine);
        Assert.Contains(ranges, r => r.TryGetProperty("kind", out var kind) && kind.GetString() == "comment" && r.GetProperty("startLine").GetInt32() == 0);
    }

    [Fact]
    public async Task Semantic_tokens_colour_only_names_by_what_they_refer_to_and_leave_the_rest_to_the_grammar()
    {
        await using var client = await LspTestClient.StartAsync(ResvFolder);
        var uri = await client.OpenAsync(Resv);
        var result = await client.RequestAsync<JsonElement>("textDocument/semanticTokens/full", new { textDocument = new { uri } });
        var data = result.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(0, data.Length % 5);

        var decoded = Decode(data);
        var (ownerLine, ownerCharacter) = HoverTests.Find(Resv, "eigenaar: wijkcoordinator", "eigenaar: ".Length);
        Assert.Contains(decoded, t => t.Line == ownerLine && t.Character == ownerCharacter && t.Length == "wijkcoordinator".Length && t.Type == 6);
        // Keywords, property keys, comments and declared names keep the grammar's colours: no token for them.
        Assert.DoesNotContain(decoded, t => t.Line == ownerLine && t.Character < ownerCharacter);
        Assert.DoesNotContain(decoded, t => t.Line == 0);
        var (goalLine, _) = HoverTests.Find(Resv, "doel samenwerking");
        Assert.DoesNotContain(decoded, t => t.Line == goalLine);
        Assert.All(decoded, t => Assert.Contains(t.Type, new[] { 6, 7, 9, 10, 12 }));
    }

    private static List<(int Line, int Character, int Length, int Type, int Modifiers)> Decode(int[] data)
    {
        var result = new List<(int, int, int, int, int)>();
        int line = 0, character = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            result.Add((line, character, data[i + 2], data[i + 3], data[i + 4]));
        }
        return result;
    }

    [Fact]
    public async Task A_code_lens_above_each_goal_counts_its_indicators_and_findings()
    {
        await using var client = await LspTestClient.StartAsync(ResvFolder);
        var uri = await client.OpenAsync(Resv);
        var lenses = await client.RequestAsync<JsonElement[]>("textDocument/codeLens", new { textDocument = new { uri } });
        var (goalLine, _) = HoverTests.Find(Resv, "doel samenwerking");
        var onGoal = lenses.Where(l => l.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() == goalLine).ToArray();
        Assert.Equal(2, onGoal.Length);
        Assert.Matches(@"^\d+ indicatoren$", onGoal[0].GetProperty("command").GetProperty("title").GetString());
        Assert.Matches(@"^\d+ bevinding(en)?$", onGoal[1].GetProperty("command").GetProperty("title").GetString());
        // Clicking opens the list it counts: the extension's command gets the file, the position and the places.
        var command = onGoal[0].GetProperty("command");
        Assert.Equal("kpi.toonLijst", command.GetProperty("command").GetString());
        var arguments = command.GetProperty("arguments");
        Assert.Equal(uri, arguments[0].GetString());
        Assert.Equal(goalLine, arguments[1].GetProperty("line").GetInt32());
        Assert.True(arguments[2].GetArrayLength() > 0);
    }
}
