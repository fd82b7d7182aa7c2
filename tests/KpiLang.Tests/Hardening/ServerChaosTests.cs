using System.Diagnostics;
using System.Text.Json.Nodes;
using KpiLang.Tests.LanguageServer;
using Xunit.Abstractions;

namespace KpiLang.Tests.Hardening;

/// <summary>
/// Chaos against the real <c>kpic lsp</c> child process: a seeded random storm of edits, older versions,
/// cancellations, malformed frames, unknown methods and out-of-range positions. Every request must be answered and
/// the process must stay up; afterwards, with the known text back, it must answer exactly like a fresh server, and
/// shutdown/exit must end it with code 0 and no unhandled exception on stderr. CI fires a modest count with a fixed
/// seed; KPI_CHAOS_EDITS and KPI_CHAOS_SEED set more or another (see docs/reliability.md).
/// </summary>
public sealed class ServerChaosTests(ITestOutputHelper output)
{
    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromSeconds(60);

    private static int Actions => int.TryParse(Environment.GetEnvironmentVariable("KPI_CHAOS_EDITS"), out var n) && n > 0 ? n : 300;

    /// <summary>KPI_CHAOS_SEED: a number, or "random" for a new one (printed); CI uses a fixed one.</summary>
    private static readonly int Seed = Environment.GetEnvironmentVariable("KPI_CHAOS_SEED") switch
    {
        var s when int.TryParse(s, out var n) => n,
        var s when "random".Equals(s, StringComparison.OrdinalIgnoreCase) => Random.Shared.Next(),
        _ => 20261202,
    };

    [Fact]
    public void After_a_storm_of_random_edits_and_broken_messages_the_server_answers_like_a_fresh_one()
    {
        using var workspace = LspWorkspace.FromSample("resv");
        var path = workspace.PathOf("resv.kpi");
        var text = File.ReadAllText(path);
        var uri = new Uri(path).AbsoluteUri;
        var (hoverLine, hoverCharacter) = HoverTests.Find(path, "indicator aantal_overleggen", "indicator ".Length + 2);
        var watch = Stopwatch.StartNew();
        output.WriteLine($"KPI_CHAOS_SEED={Seed} KPI_CHAOS_EDITS={Actions} replays this run");

        using var server = new LspChildProcess();
        server.Initialize(workspace.Root);
        var monkey = new LspChaosMonkey(server, new Random(Seed), uri, text, workspace.Root);
        monkey.Open();
        monkey.Run(Actions, AnswerTimeout);

        // The known text back, at a fresh version: the findings and answers must be those of a fresh server.
        var version = monkey.Version + 1;
        server.Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "kpi", version = version - 1, text = "" } }); // in case it was closed
        server.Notify("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new object[] { new { text } } });
        var diagnostics = server.Diagnostics(uri, version, AnswerTimeout) ?? throw new Xunit.Sdk.XunitException($"no diagnostics for version {version}");
        var after = Answers(server, uri, hoverLine, hoverCharacter);

        using (var fresh = new LspChildProcess())
        {
            fresh.Initialize(workspace.Root);
            fresh.Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "kpi", version, text } });
            var expected = fresh.Diagnostics(uri, version, AnswerTimeout) ?? throw new Xunit.Sdk.XunitException("no diagnostics from the fresh server");
            Assert.Equal(expected["params"]!.ToJsonString(), diagnostics["params"]!.ToJsonString());
            var freshAnswers = Answers(fresh, uri, hoverLine, hoverCharacter);
            Assert.Equal(freshAnswers.Hover, after.Hover);
            Assert.Equal(freshAnswers.Symbols, after.Symbols);
            Assert.Equal(0, fresh.ShutdownAndExit(AnswerTimeout));
        }
        Assert.Contains("aantal_overleggen", after.Hover, StringComparison.Ordinal);
        Assert.Contains("nulmeting", after.Hover, StringComparison.Ordinal);

        Assert.Equal(0, server.ShutdownAndExit(AnswerTimeout));
        var stderr = server.StandardError;
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\n   at ", stderr, StringComparison.Ordinal);

        output.WriteLine($"{watch.Elapsed.TotalSeconds:0.0} s: {monkey.Counts}");
        output.WriteLine($"{stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} lines on stderr, "
            + $"{server.Notifications.Count(n => (string?)n["method"] == "textDocument/publishDiagnostics")} diagnostics publications");
    }

    private static (string Hover, string Symbols) Answers(LspChildProcess server, string uri, int line, int character)
    {
        var hover = server.Response(server.Request("textDocument/hover", new { textDocument = new { uri }, position = new { line, character } }), AnswerTimeout);
        var symbols = server.Response(server.Request("textDocument/documentSymbol", new { textDocument = new { uri } }), AnswerTimeout);
        return (Result(hover), Result(symbols));
    }

    private static string Result(JsonObject response) =>
        response.ContainsKey("result") ? response["result"]?.ToJsonString() ?? "null" : throw new Xunit.Sdk.XunitException($"an error: {response.ToJsonString()}");
}
