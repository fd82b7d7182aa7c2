using KpiLang.LspClients;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KpiLang.Tests.Hardening;

/// <summary>
/// <c>kpic lsp --stdio</c> as a real child process (the kpic.dll next to the tests, like <see cref="KpicProcess"/>),
/// spoken to with Content-Length frames over its stdin and stdout, the way an editor does. A background thread reads
/// every message; responses are kept by id, notifications in arrival order. Raw bytes can be sent, as a broken client
/// would. Stderr is collected for the test to inspect.
/// </summary>
internal sealed class LspChildProcess : IDisposable
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "kpic.dll");

    private readonly Process _process;
    private readonly Stream _input;
    private readonly Dictionary<string, JsonObject> _responses = [];
    private readonly List<JsonObject> _notifications = [];
    private readonly StringBuilder _stderr = new();
    private readonly object _gate = new();
    private readonly Thread _reader;
    private readonly Queue<string> _sent = new();
    private int _nextId;

    public LspChildProcess()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        _process = Process.Start(start) ?? throw new InvalidOperationException("kpic lsp did not start");
        _input = _process.StandardInput.BaseStream;
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data);
        };
        _process.BeginErrorReadLine();
        _reader = new Thread(ReadLoop) { IsBackground = true, Name = "kpic lsp reader" };
        _reader.Start();
    }

    public Process Process => _process;

    /// <summary>Set when the server's output could not be read as LSP messages.</summary>
    public Exception? ReaderFailure { get; private set; }

    public string StandardError
    {
        get
        {
            lock (_stderr) return _stderr.ToString();
        }
    }

    /// <summary>Frames and sends one message.</summary>
    public void Send(object message) => SendBody(JsonSerializer.SerializeToUtf8Bytes(message));

    /// <summary>Sends a body with a correct Content-Length header, whatever the body is.</summary>
    public void SendBody(byte[] body) => SendRaw(LspFrames.Frame(body));

    public void SendRaw(byte[] bytes)
    {
        lock (_input)
        {
            var shown = Encoding.UTF8.GetString(bytes);
            _sent.Enqueue(shown.Length > 300 ? shown[..300] + "…" : shown);
            if (_sent.Count > 20) _sent.Dequeue();
            _input.Write(bytes);
            _input.Flush();
        }
    }

    /// <summary>The last messages sent (shortened), for a failure message.</summary>
    public IEnumerable<string> LastSent
    {
        get
        {
            lock (_input) return [.. _sent];
        }
    }

    public int NextId() => Interlocked.Increment(ref _nextId);

    public int Request(string method, object? parameters)
    {
        var id = NextId();
        Send(new { jsonrpc = "2.0", id, method, @params = parameters });
        return id;
    }

    public void Notify(string method, object? parameters) => Send(new { jsonrpc = "2.0", method, @params = parameters });

    public void Cancel(int id) => Notify("$/cancelRequest", new { id });

    /// <summary>The response to a request, or null when it did not come within the timeout (or the server ended).</summary>
    public JsonObject? TryResponse(int id, TimeSpan timeout) => TryResponse(id.ToString(System.Globalization.CultureInfo.InvariantCulture), timeout);

    /// <summary>The response to a request by the JSON text of its id (<c>7</c>, <c>"abc"</c>).</summary>
    public JsonObject? TryResponse(string id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (_gate)
        {
            while (true)
            {
                if (_responses.TryGetValue(id, out var found)) return found;
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !_reader.IsAlive) return null;
                Monitor.Wait(_gate, left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
            }
        }
    }

    public JsonObject Response(int id, TimeSpan timeout) =>
        TryResponse(id, timeout) ?? throw new TimeoutException($"no response to request {id} within {timeout.TotalSeconds} s");

    /// <summary>The first notification (from now on or already received) that matches; null after the timeout.</summary>
    public JsonObject? WaitForNotification(Func<JsonObject, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (_gate)
        {
            while (true)
            {
                var found = _notifications.FindLast(n => match(n));
                if (found is not null) return found;
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || !_reader.IsAlive) return null;
                Monitor.Wait(_gate, left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
            }
        }
    }

    /// <summary>The pushed diagnostics for a document at a version.</summary>
    public JsonObject? Diagnostics(string uri, int version, TimeSpan timeout) => WaitForNotification(n =>
        (string?)n["method"] == "textDocument/publishDiagnostics" && (string?)n["params"]?["uri"] == uri
        && n["params"]?["version"] is JsonValue v && v.GetValue<int>() == version, timeout);

    public IReadOnlyList<JsonObject> Notifications
    {
        get
        {
            lock (_gate) return [.. _notifications];
        }
    }

    public JsonObject Initialize(string root)
    {
        var uri = new Uri(root).AbsoluteUri;
        var result = Response(Request("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = uri,
            workspaceFolders = new[] { new { uri, name = "chaos" } },
            capabilities = new { },
        }), TimeSpan.FromSeconds(60));
        Notify("initialized", new { });
        return result;
    }

    /// <summary>shutdown, then exit; the exit code (or null when the process did not end in time).</summary>
    public int? ShutdownAndExit(TimeSpan timeout)
    {
        Response(Request("shutdown", null), timeout);
        Notify("exit", null);
        if (!_process.WaitForExit(timeout)) return null;
        _process.WaitForExit(); // drains the stderr reader
        return _process.ExitCode;
    }

    private void ReadLoop()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (LspFrames.Read(output) is { } message)
                lock (_gate)
                {
                    if (message["method"] is null && message["id"] is JsonValue id) _responses[id.ToJsonString()] = message;
                    else _notifications.Add(message);
                    Monitor.PulseAll(_gate);
                }
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidDataException or FormatException)
        {
            ReaderFailure = e; // the server broke the framing or sent something that is not JSON: the test fails on it
        }
        lock (_gate) Monitor.PulseAll(_gate);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
