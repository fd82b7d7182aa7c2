using KpiLang.LspClients;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KpiLang.Benchmarks;

/// <summary>
/// A language server as a child process (`kpic lsp`, or a peer such as yaml-language-server), spoken to over stdio
/// with Content-Length frames, the way an editor does. Reads every message on a background thread; waits for a
/// notification or a response that matches a predicate; answers the server's own requests (workspace/configuration
/// with <see cref="Configuration"/>, anything else with null).
/// </summary>
internal sealed class LspProcess : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly List<JsonObject> _received = [];
    private readonly object _gate = new();
    private int _nextId;

    public LspProcess(string kpic) : this(kpic, ["lsp"])
    {
    }

    public LspProcess(string program, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        _process = Process.Start(start) ?? throw new InvalidOperationException("kpic lsp did not start");
        _input = _process.StandardInput.BaseStream;
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        new Thread(ReadLoop) { IsBackground = true }.Start();
    }

    public int ProcessId => _process.Id;

    /// <summary>What a workspace/configuration request gets for a section (null: nothing configured).</summary>
    public Func<string?, JsonNode?> Configuration { get; set; } = _ => null;

    public void Send(object message)
    {
        var frame = LspFrames.Frame(JsonSerializer.SerializeToUtf8Bytes(message));
        lock (_input)
        {
            _input.Write(frame);
            _input.Flush();
        }
    }

    public int Request(string method, object? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        Send(new { jsonrpc = "2.0", id, method, @params = parameters });
        return id;
    }

    public void Notify(string method, object? parameters) => Send(new { jsonrpc = "2.0", method, @params = parameters });

    public JsonObject WaitFor(Func<JsonObject, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        lock (_gate)
        {
            while (true)
            {
                var index = _received.FindIndex(m => match(m));
                if (index >= 0)
                {
                    var found = _received[index];
                    _received.RemoveRange(0, index + 1);
                    return found;
                }
                var left = deadline - DateTime.UtcNow;
                if (left <= TimeSpan.Zero || _process.HasExited) throw new TimeoutException("no matching message from kpic lsp");
                Monitor.Wait(_gate, left);
            }
        }
    }

    /// <summary>Forgets every message received so far (a server may publish more than once after opening a file).</summary>
    public void Drain()
    {
        lock (_gate) _received.Clear();
    }

    public JsonObject Response(int id, TimeSpan timeout) => WaitFor(m => m["id"]?.GetValue<int>() == id && m["method"] is null, timeout);

    /// <summary>The diagnostics pushed for a document at a version (or any version when null).</summary>
    public JsonObject Diagnostics(string uri, int? version, TimeSpan timeout) => WaitFor(m =>
        (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]?["uri"] == uri
        && (version is null || m["params"]?["version"]?.GetValue<int>() == version), timeout);

    /// <summary>Peak resident memory of the server so far (VmHWM in /proc), in MB.</summary>
    public double PeakMemoryMegabytes()
    {
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(line[6..].Trim().Split(' ')[0]) / 1024.0;
        return double.NaN;
    }

    public void Initialize(string root)
    {
        var id = Request("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = new Uri(root).AbsoluteUri,
            workspaceFolders = new[] { new { uri = new Uri(root).AbsoluteUri, name = "bench" } },
            capabilities = new { },
        });
        Response(id, TimeSpan.FromSeconds(60));
        Notify("initialized", new { });
    }

    public void Shutdown()
    {
        try
        {
            Response(Request("shutdown", null), TimeSpan.FromSeconds(10));
            Notify("exit", null);
            _process.WaitForExit(5000);
        }
        catch (Exception e) when (e is TimeoutException or IOException)
        {
        }
    }

    private void ReadLoop()
    {
        var output = _process.StandardOutput.BaseStream;
        try
        {
            while (LspFrames.Read(output) is { } message)
            {
                if (message["method"] is not null && message["id"] is { } id)
                {
                    Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = Answer(message) });
                    continue;
                }
                lock (_gate)
                {
                    _received.Add(message);
                    Monitor.PulseAll(_gate);
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
        }
        lock (_gate) Monitor.PulseAll(_gate);
    }

    private JsonNode? Answer(JsonObject request) =>
        (string?)request["method"] == "workspace/configuration" && request["params"]?["items"] is JsonArray items
            ? new JsonArray([.. items.Select(item => Configuration((string?)item?["section"]))])
            : null;

    private void Send(JsonObject message)
    {
        var frame = LspFrames.Frame(System.Text.Encoding.UTF8.GetBytes(message.ToJsonString()));
        lock (_input)
        {
            _input.Write(frame);
            _input.Flush();
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
