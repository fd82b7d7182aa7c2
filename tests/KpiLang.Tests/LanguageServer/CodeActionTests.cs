using System.Text.Json;

namespace KpiLang.Tests.LanguageServer;

public sealed class CodeActionTests
{
    private const string Spec =
        "actor jan \"Jan\" {\n    niveau: uitvoering\n    beïnvloedt: d1\n}\n\n" +
        "doel d1 \"Doel een\" {\n    eigenaar: jan\n    indicator i1 \"Aantal gesprekken\" {\n" +
        "        definitie: \"Het aantal gesprekken per maand\"\n        soort: aantal\n        streefwaarde: minimaal 10\n    }\n}\n";

    private static async Task<JsonElement[]> ActionsAt(LspTestClient client, string uri, int line, int character) =>
        await client.RequestAsync<JsonElement[]>("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = new { start = LspTestClient.Position(line, character), end = LspTestClient.Position(line, character) },
            context = new { diagnostics = Array.Empty<object>() },
        });

    private static string Title(JsonElement action) => action.GetProperty("title").GetString()!;

    [Fact]
    public async Task On_an_indicator_the_rule_fix_suppressions_and_additions_are_offered()
    {
        using var workspace = new LspWorkspace(("a.kpi", Spec));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));

        var actions = await ActionsAt(client, uri, 7, 15);
        Assert.Contains(actions, a => Title(a) == "Maak 'jan' eigenaar" && a.GetProperty("isPreferred").GetBoolean());
        Assert.Contains(actions, a => Title(a) == "Negeer KPI130 hier, met een reden");
        Assert.Contains(actions, a => Title(a) == "Voeg een (geplande) nulmeting toe");
        Assert.DoesNotContain(actions, a => Title(a) == "Voeg een eigenaar toe"); // the rule's own fix covers it
        Assert.All(actions, a => Assert.Equal("quickfix", a.GetProperty("kind").GetString()));

        var onTarget = await ActionsAt(client, uri, 10, 12);
        Assert.Contains(onTarget, a => Title(a).StartsWith("Voeg een termijn toe"));
        Assert.Contains(onTarget, a => Title(a) == "Voeg de disclaimer van Nijmegen toe");
    }

    [Fact]
    public async Task Applying_suppress_with_a_reason_removes_the_finding()
    {
        using var workspace = new LspWorkspace(("a.kpi", Spec));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1 && p.Diagnostics.Any(d => d.Code == "KPI130"));

        var suppress = (await ActionsAt(client, uri, 7, 15)).Single(a => Title(a) == "Negeer KPI130 hier, met een reden");
        var edit = suppress.GetProperty("edit").GetProperty("changes").GetProperty(uri)[0];
        Assert.Equal("    // kpi-negeer KPI130: <reden>\n", edit.GetProperty("newText").GetString());
        await client.ChangeAsync(uri, 2, new { range = edit.GetProperty("range"), text = edit.GetProperty("newText").GetString() });

        var after = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == "KPI130");
        Assert.Contains(after.Diagnostics, d => d.Code == "KPI120");
    }

    [Fact]
    public async Task Applying_add_deadline_removes_the_missing_deadline_finding()
    {
        using var workspace = new LspWorkspace(("a.kpi", Spec));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1 && p.Diagnostics.Any(d => d.Code == "KPI105"));

        var add = (await ActionsAt(client, uri, 10, 12)).Single(a => Title(a).StartsWith("Voeg een termijn toe"));
        var edit = add.GetProperty("edit").GetProperty("changes").GetProperty(uri)[0];
        await client.ChangeAsync(uri, 2, new { range = edit.GetProperty("range"), text = edit.GetProperty("newText").GetString() });

        var after = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == "KPI105" || d.Severity == 1);
    }

    [Fact]
    public async Task Applying_add_agreed_with_removes_the_not_agreed_finding()
    {
        using var workspace = new LspWorkspace(("a.kpi", Spec));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1 && p.Diagnostics.Any(d => d.Code == "KPI103"));

        var add = (await ActionsAt(client, uri, 10, 12)).Single(a => Title(a) == "Voeg 'afgesproken met: jan' toe aan de streefwaarde");
        Assert.Equal("KPI103", add.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        var edit = add.GetProperty("edit").GetProperty("changes").GetProperty(uri)[0];
        await client.ChangeAsync(uri, 2, new { range = edit.GetProperty("range"), text = edit.GetProperty("newText").GetString() });

        var after = await client.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == "KPI103" || d.Severity == 1);
    }

    [Fact]
    public async Task Fix_all_applies_the_fix_of_every_finding_with_that_code_in_the_file()
    {
        var twoTargets = Spec.Replace("        streefwaarde: minimaal 10\n", "        streefwaarde: minimaal 10\n        streefwaarde: maximaal 50\n");
        using var workspace = new LspWorkspace(("a.kpi", twoTargets));
        await using var client = await LspTestClient.StartAsync(workspace.Root);
        var uri = await client.OpenAsync(workspace.PathOf("a.kpi"));
        await client.WaitForDiagnosticsAsync(uri, p => p.Version == 1 && p.Diagnostics.Count(d => d.Code == "KPI105") == 2);

        var all = (await ActionsAt(client, uri, 10, 12)).Single(a => Title(a) == "Los alle 2 meldingen KPI105 in dit bestand op");
        var edits = all.GetProperty("edit").GetProperty("changes").GetProperty(uri).EnumerateArray()
            .OrderByDescending(e => e.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32()).ToList();
        Assert.Equal(2, edits.Count);
        var version = 2;
        foreach (var edit in edits)
            await client.ChangeAsync(uri, version++, new { range = edit.GetProperty("range"), text = edit.GetProperty("newText").GetString() });
        var after = await client.WaitForDiagnosticsAsync(uri, p => p.Version == version - 1);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == "KPI105");
    }
}
