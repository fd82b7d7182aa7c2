using System.Diagnostics;

namespace KpiLang.Benchmarks;

/// <summary>
/// The time from one typed character (didChange) to the diagnostics for it, as an editor sees it, for any language
/// server: open the document, wait for its first diagnostics, then type and delete one character in turn.
/// kpic versions its diagnostics, so the answer for each edit is recognised by its version; a server that does
/// not (yaml-language-server) is timed to its next publication for the document.
/// </summary>
internal static class EditLatency
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static List<double> Measure(LspProcess server, string file, string languageId, (int Line, int Character) at, int edits, bool versioned)
    {
        var uri = new Uri(file).AbsoluteUri;
        server.Notify("textDocument/didOpen", new { textDocument = new { uri, languageId, version = 1, text = File.ReadAllText(file) } });
        server.Diagnostics(uri, versioned ? 1 : null, Patience);
        Thread.Sleep(500);
        server.Drain();
        var times = new List<double>();
        for (var version = 2; version < edits + 2; version++)
        {
            var (line, character) = at;
            var change = version % 2 == 0
                ? new { range = Range(line, character, line, character), text = "x" }
                : new { range = Range(line, character, line, character + 1), text = "" };
            var clock = Stopwatch.StartNew();
            server.Notify("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { change } });
            server.Diagnostics(uri, versioned ? version : null, Patience);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    private static object Range(int l1, int c1, int l2, int c2) =>
        new { start = new { line = l1, character = c1 }, end = new { line = l2, character = c2 } };
}
