using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace KpiLang.Tests.Hardening;

/// <summary>
/// Fires a seeded random sequence of actions at a running <c>kpic lsp</c>: incremental and full edits with random
/// (also out-of-range and reversed) ranges, older versions, requests at random (also out-of-range) positions, some
/// cancelled at once, malformed frames, invalid parameters, unknown methods and messages for documents that were never
/// opened. It remembers what each request must get back and checks it at every sync point: nothing may go unanswered.
/// </summary>
internal sealed class LspChaosMonkey(LspChildProcess server, Random random, string uri, string text, string root)
{
    /// <summary>What a request must get back.</summary>
    private enum Expect
    {
        Result,            // a result (possibly null), never an error
        ResultOrFailed,    // rename with a made-up name: a result or RequestFailed (-32803)
        MethodNotFound,    // -32601
        InvalidRequest,    // -32600
        Anything,          // invalid params: any answer, as long as there is one
    }

    private sealed record Pending(string Id, string Method, Expect Expect)
    {
        /// <summary>A $/cancelRequest was sent for it, so RequestCancelled (-32800) is a fine answer too.</summary>
        public bool Cancelled { get; set; }
    }

    /// <summary>A protocol position (zero-based line and UTF-16 character), possibly outside the document.</summary>
    private sealed record Pos([property: JsonPropertyName("line")] int Line, [property: JsonPropertyName("character")] int Character);

    private static readonly string[] Fragments =
    [
        "indicator ", "doel ", "inspanning ", "actor ", "organisatie ", "importeer \"actoren.kpi\"\n", "{", "}", "{\n", "\n}\n",
        "\"", "\"tekst\"", "\n", "\r\n", " ", "\t", ":", ",", "x", "aantal_overleggen", "wijkverbanden", "samenwerking",
        "streefwaarde: minimaal 10 overleggen\n", "eigenaar: wijkverbanden\n", "frequentie: maandelijks\n", "// commentaar\n",
        "/*", "*/", "é", "ë", "€", "😀", "\u00a0", "\u200b", "\ufeff", "\ud83d", "\u0000", "12.5", "-3", "2026-12-01", "%",
    ];

    private static readonly string[] PositionMethods =
    [
        "textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references",
        "textDocument/prepareRename", "textDocument/rename",
    ];

    private static readonly string[] DocumentMethods =
    [
        "textDocument/documentSymbol", "textDocument/formatting", "textDocument/codeAction", "textDocument/semanticTokens/full",
        "textDocument/foldingRange", "textDocument/codeLens", "textDocument/diagnostic",
    ];

    private readonly List<Pending> _pending = [];
    private int _lines = text.Split('\n').Length;
    private bool _open;

    public ChaosCounts Counts { get; } = new();

    /// <summary>The highest version sent so far.</summary>
    public int Version { get; private set; } = 1;

    public void Open()
    {
        server.Notify("textDocument/didOpen", new { textDocument = new { uri, languageId = "kpi", version = ++Version, text } });
        _open = true;
    }

    /// <summary>Fires the actions, checking every answer at each sync point (every 25 actions and at the end).</summary>
    public void Run(int actions, TimeSpan answerTimeout)
    {
        for (var i = 0; i < actions; i++)
        {
            Counts.Actions++;
            Act();
            if ((i + 1) % 25 == 0) Sync(answerTimeout);
        }
        Sync(answerTimeout);
    }

    /// <summary>Waits for the answer to every request sent so far and checks it.</summary>
    public void Sync(TimeSpan timeout)
    {
        foreach (var pending in _pending)
        {
            var response = server.TryResponse(pending.Id, timeout);
            if (response is null) server.Process.WaitForExit(TimeSpan.FromSeconds(5));
            if (response is null)
                throw new Xunit.Sdk.XunitException($"request {pending.Id} ({pending.Method}) got no answer within {timeout.TotalSeconds} s"
                    + (server.Process.HasExited ? $"; the server exited with {server.Process.ExitCode}" : "")
                    + (server.ReaderFailure is { } failure ? $"; its output could not be read: {failure}" : "")
                    + $"\nlast actions:\n{string.Join("\n", server.LastSent)}\nstderr:\n{server.StandardError}");
            Check(pending, response);
        }
        _pending.Clear();
        Assert.False(server.Process.HasExited, "the server exited during the chaos");
        Assert.Null(server.ReaderFailure);
    }

    private void Check(Pending pending, JsonObject response)
    {
        var hasResult = response.ContainsKey("result");
        var code = response["error"]?["code"]?.GetValue<int>();
        var what = $"{pending.Method} (request {pending.Id}): {response.ToJsonString()}";
        Assert.True(hasResult != (code is not null), $"neither or both result and error: {what}");
        if (pending.Cancelled && code == -32800)
        {
            Counts.CancelledAnswers++;
            return;
        }
        switch (pending.Expect)
        {
            case Expect.Result:
                Assert.True(hasResult, $"an error instead of a result: {what}");
                break;
            case Expect.ResultOrFailed:
                Assert.True(hasResult || code == -32803, $"expected a result or RequestFailed: {what}");
                break;
            case Expect.MethodNotFound:
                Assert.True(code == -32601, $"expected MethodNotFound (-32601): {what}");
                break;
            case Expect.InvalidRequest:
                Assert.True(code == -32600, $"expected InvalidRequest (-32600): {what}");
                break;
        }
    }

    private void Act()
    {
        var roll = random.Next(100);
        if (!_open && roll < 50)
        {
            Open();
            Counts.Reopened++;
            return;
        }
        switch (roll)
        {
            case < 28: IncrementalEdit(); break;
            case < 34: FullEdit(); break;
            case < 39: OlderVersionEdit(); break;
            case < 70: PositionRequest(); break;
            case < 79: DocumentRequest(); break;
            case < 86: MalformedFrame(); break;
            case < 90: InvalidParams(); break;
            case < 94: Unknown(); break;
            case < 97: NeverOpened(); break;
            case < 98: CancelSomething(); break;
            default: CloseOrWatchedFiles(); break;
        }
    }

    private void IncrementalEdit()
    {
        var changes = new object[random.Next(1, 4)];
        var outOfRange = false;
        for (var i = 0; i < changes.Length; i++)
        {
            var start = RandomPosition(ref outOfRange);
            var end = random.Next(4) == 0 ? RandomPosition(ref outOfRange) : Near(start);
            changes[i] = new { range = new { start, end }, text = RandomText() };
        }
        if (outOfRange) Counts.OutOfRangeEdits++;
        Counts.IncrementalEdits++;
        Change(++Version, changes);
    }

    private void FullEdit()
    {
        Counts.FullEdits++;
        var newText = random.Next(3) switch
        {
            0 => "",
            1 => RandomText(random.Next(1, 40)),
            _ => Damaged(text),
        };
        _lines = newText.Split('\n').Length;
        Change(++Version, new { text = newText });
    }

    private void OlderVersionEdit()
    {
        Counts.OutOfOrderVersions++;
        var outOfRange = false;
        var start = RandomPosition(ref outOfRange);
        if (outOfRange) Counts.OutOfRangeEdits++;
        Change(Math.Max(0, Version - random.Next(1, 6)), new { range = new { start, end = Near(start) }, text = RandomText() });
    }

    private void Change(int version, params object[] changes)
    {
        Counts.Edits++;
        server.Notify("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes });
    }

    private void PositionRequest()
    {
        var method = PositionMethods[random.Next(PositionMethods.Length)];
        var outOfRange = false;
        var position = RandomPosition(ref outOfRange);
        if (outOfRange) Counts.OutOfRangePositions++;
        object parameters = method switch
        {
            "textDocument/references" => new { textDocument = new { uri }, position, context = new { includeDeclaration = random.Next(2) == 0 } },
            "textDocument/rename" => new { textDocument = new { uri }, position, newName = random.Next(3) == 0 ? RandomText() : "nieuw_" + random.Next(1000) },
            _ => new { textDocument = new { uri }, position },
        };
        Request(method, parameters, method == "textDocument/rename" ? Expect.ResultOrFailed : Expect.Result);
    }

    private void DocumentRequest()
    {
        var method = DocumentMethods[random.Next(DocumentMethods.Length)];
        var outOfRange = false;
        object parameters = method switch
        {
            "textDocument/formatting" => new { textDocument = new { uri }, options = new { tabSize = 4, insertSpaces = true } },
            "textDocument/codeAction" => new
            {
                textDocument = new { uri },
                range = new { start = RandomPosition(ref outOfRange), end = RandomPosition(ref outOfRange) },
                context = new { diagnostics = Array.Empty<object>() },
            },
            _ => new { textDocument = new { uri } },
        };
        if (outOfRange) Counts.OutOfRangePositions++;
        Request(method, parameters, Expect.Result);
    }

    private void Request(string method, object parameters, Expect expect)
    {
        Counts.Requests++;
        var id = server.Request(method, parameters);
        var pending = new Pending(Id(id), method, expect);
        _pending.Add(pending);
        if (random.Next(100) < 20)
        {
            server.Cancel(id);
            Counts.Cancellations++;
            pending.Cancelled = true;
        }
    }

    private void MalformedFrame()
    {
        Counts.MalformedFrames++;
        var id = server.NextId();
        switch (random.Next(9))
        {
            case 0: // invalid JSON with a correct length
                server.SendBody(Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"textDocument/hover\",\"params\":{"));
                break;
            case 1: // bytes that are not UTF-8
                server.SendBody([0xFF, 0xFE, 0x7B, 0x80, 0x22]);
                break;
            case 2: // JSON that is not a JSON-RPC message
                server.SendBody(Encoding.UTF8.GetBytes(new[] { "[]", "42", "\"x\"", "null", "{\"foo\":1}", "[{\"jsonrpc\":\"2.0\"}]" }[random.Next(6)]));
                break;
            case 3: // no method, not a response either: Invalid Request
                server.SendBody(Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"params\":{{}}}}"));
                Counts.Requests++;
                _pending.Add(new Pending(Id(id), "(no method)", Expect.InvalidRequest));
                break;
            case 4: // a method that is not a string: Invalid Request
                server.SendBody(Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"method\":42,\"params\":{{}}}}"));
                Counts.Requests++;
                _pending.Add(new Pending(Id(id), "(method 42)", Expect.InvalidRequest));
                break;
            case 5: // a header without Content-Length
                server.SendRaw(Encoding.ASCII.GetBytes("Bogus-Header: 1\r\n\r\n"));
                break;
            case 6: // a response to a request the server never sent
                server.SendBody(Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":{id},\"result\":{{\"x\":1}}}}"));
                break;
            case 7: // valid, with an extra header and a string id: must be answered
                {
                    var body = Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":\"chaos-{id}\",\"method\":\"textDocument/hover\","
                        + $"\"params\":{{\"textDocument\":{{\"uri\":\"{uri}\"}},\"position\":{{\"line\":1,\"character\":1}}}}}}");
                    server.SendRaw([.. Encoding.ASCII.GetBytes($"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n"), .. body]);
                    Counts.Requests++;
                    _pending.Add(new Pending($"\"chaos-{id}\"", "textDocument/hover", Expect.Result));
                    break;
                }
            default: // a JSON-RPC 1.0 style request without "jsonrpc"
                server.SendBody(Encoding.UTF8.GetBytes($"{{\"id\":{id},\"method\":\"textDocument/documentSymbol\",\"params\":{{\"textDocument\":{{\"uri\":\"{uri}\"}}}}}}"));
                break;
        }
    }

    private void InvalidParams()
    {
        Counts.InvalidParams++;
        switch (random.Next(6))
        {
            case 0:
                Pend("textDocument/hover", new { textDocument = 42 });
                break;
            case 1: // params that are not an object: Invalid Request
                Counts.Requests++;
                _pending.Add(new Pending(Id(server.Request("textDocument/completion", "not an object")), "textDocument/completion", Expect.InvalidRequest));
                break;
            case 2:
                Pend("textDocument/definition", new { });
                break;
            case 3: // didChange without contentChanges
                server.Notify("textDocument/didChange", new { textDocument = new { uri, version = ++Version } });
                break;
            case 4: // a change whose text is null
                server.Notify("textDocument/didChange", new
                {
                    textDocument = new { uri, version = ++Version },
                    contentChanges = new object[] { new { range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 1 } }, text = (string?)null } },
                });
                break;
            default: // didOpen without text
                server.Notify("textDocument/didOpen", new { textDocument = new { uri = Scratch("zonder-tekst.kpi"), languageId = "kpi", version = 1 } });
                break;
        }

        void Pend(string method, object parameters)
        {
            Counts.Requests++;
            _pending.Add(new Pending(Id(server.Request(method, parameters)), method, Expect.Anything));
        }
    }

    private void Unknown()
    {
        if (random.Next(2) == 0)
        {
            Counts.UnknownMethods++;
            Counts.Requests++;
            var method = new[] { "kpi/bestaatNiet", "textDocument/bestaatNiet", "$/onbekend", "workspace/executeCommand" }[random.Next(4)];
            _pending.Add(new Pending(Id(server.Request(method, new { x = random.Next() })), method, Expect.MethodNotFound));
        }
        else
        {
            Counts.UnknownNotifications++;
            server.Notify(new[] { "kpi/onbekendeMelding", "$/setTrace", "$/progress", "textDocument/bestaatNiet" }[random.Next(4)], new { value = "off" });
        }
    }

    private void NeverOpened()
    {
        Counts.NeverOpened++;
        var other = new[] { Scratch("nooit-geopend.kpi"), "untitled:Untitled-1", "file:///bestaat/niet.kpi", "geen uri", Scratch("actoren.kpi") }[random.Next(5)];
        switch (random.Next(4))
        {
            case 0:
                server.Notify("textDocument/didChange", new { textDocument = new { uri = other, version = 7 }, contentChanges = new object[] { new { text = "doel" } } });
                break;
            case 1:
                server.Notify("textDocument/didClose", new { textDocument = new { uri = other } });
                break;
            case 2:
                server.Notify("textDocument/didSave", new { textDocument = new { uri = other } });
                break;
            default:
                var outOfRange = false;
                Request("textDocument/hover", new { textDocument = new { uri = other }, position = RandomPosition(ref outOfRange) }, Expect.Result);
                break;
        }
    }

    private void CancelSomething()
    {
        // A request still in flight (which may then answer RequestCancelled), an id already answered or one never used:
        // all must be harmless.
        Counts.LateCancellations++;
        switch (random.Next(3))
        {
            case 0 when _pending.Count > 0:
                var pending = _pending[random.Next(_pending.Count)];
                pending.Cancelled = true;
                server.Send(new { jsonrpc = "2.0", method = "$/cancelRequest", @params = new { id = System.Text.Json.Nodes.JsonNode.Parse(pending.Id) } });
                break;
            case 1:
                var id = Math.Max(1, server.NextId() - random.Next(30, 60));
                foreach (var p in _pending.Where(p => p.Id == Id(id))) p.Cancelled = true;
                server.Cancel(id);
                break;
            default:
                server.Cancel(1_000_000 + random.Next(1000));
                break;
        }
    }

    private void CloseOrWatchedFiles()
    {
        if (_open && random.Next(2) == 0)
        {
            server.Notify("textDocument/didClose", new { textDocument = new { uri } });
            _open = false;
            _lines = text.Split('\n').Length; // back to the text on disk
            return;
        }
        server.Notify("workspace/didChangeWatchedFiles", new
        {
            changes = new[] { new { uri = Scratch("actoren.kpi"), type = 2 }, new { uri = "file:///bestaat/niet.kpi", type = random.Next(1, 4) } },
        });
    }

    private Pos RandomPosition(ref bool outOfRange)
    {
        var line = random.Next(10) switch
        {
            0 => random.Next(-2, 0),
            1 => _lines + random.Next(0, 1000),
            _ => random.Next(0, Math.Max(1, _lines)),
        };
        var character = random.Next(10) switch
        {
            0 => random.Next(-2, 0),
            1 => random.Next(200, 100_000),
            _ => random.Next(0, 80),
        };
        if (line < 0 || line >= _lines || character < 0 || character >= 200) outOfRange = true;
        return new Pos(line, character);
    }

    private Pos Near(Pos start) => random.Next(3) == 0 ? start : new Pos(start.Line + random.Next(0, 3), random.Next(0, 60));

    private string RandomText(int pieces = -1)
    {
        if (pieces < 0) pieces = random.Next(0, 4);
        var builder = new StringBuilder();
        for (var i = 0; i < pieces; i++)
            builder.Append(random.Next(8) == 0 ? Slice(text) : Fragments[random.Next(Fragments.Length)]);
        var result = builder.ToString();
        _lines += result.Count(c => c == '\n');
        return result;
    }

    private string Slice(string source)
    {
        var start = random.Next(source.Length);
        return source.Substring(start, Math.Min(source.Length - start, random.Next(1, 200)));
    }

    private string Damaged(string source)
    {
        var builder = new StringBuilder(source);
        for (var i = random.Next(1, 6); i > 0 && builder.Length > 0; i--)
        {
            var at = random.Next(builder.Length);
            if (random.Next(2) == 0) builder.Remove(at, Math.Min(builder.Length - at, random.Next(1, 50)));
            else builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
        }
        return builder.ToString();
    }

    private string Scratch(string name) => new Uri(Path.Combine(root, name)).AbsoluteUri;

    private static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
