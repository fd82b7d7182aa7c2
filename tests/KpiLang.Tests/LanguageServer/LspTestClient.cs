using System.Text.Json;
using System.Text.Json.Serialization;
using KpiLang.LanguageServer;
using KpiLang.LanguageServer.Protocol;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace KpiLang.Tests.LanguageServer;

/// <summary>
/// A language client over in-memory pipes: the real server, the real JSON-RPC framing, typed requests. Records the
/// server's notifications so tests can wait for pushed diagnostics.
/// </summary>
internal sealed class LspTestClient : IAsyncDisposable
{
    private readonly JsonRpc _rpc;
    private readonly Stream _clientStream;
    private readonly List<PublishDiagnosticsParams> _published = [];
    private TaskCompletionSource _newPublication = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static readonly DateOnly Today = new(2025, 6, 1);

    private LspTestClient(Stream clientStream, Task<int> server, StringWriter serverError)
    {
        _clientStream = clientStream;
        ServerError = serverError;
        Server = server;
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, CreateFormatter()));
        _rpc.AddLocalRpcTarget(new ClientTarget(this), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        _rpc.StartListening();
    }

    public Task<int> Server { get; }

    public List<string> Log { get; } = [];

    /// <summary>The server's kpi/status notifications in order: true while it checks, false when done.</summary>
    public List<bool> Statuses { get; } = [];

    /// <summary>What the server wrote to its log (stderr for <c>kpic lsp</c>).</summary>
    public StringWriter ServerError { get; }

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static SystemTextJsonFormatter CreateFormatter() => new() { JsonSerializerOptions = JsonOptions };

    /// <summary>Starts a server and initializes it on a workspace folder.</summary>
    public static async Task<LspTestClient> StartAsync(string? root, object? initializationOptions = null, string? locale = null)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var error = new StringWriter();
        var server = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream, TextWriter.Synchronized(error),
            new LanguageServerOptions { Today = () => Today, Debounce = TimeSpan.FromMilliseconds(20) }));
        var client = new LspTestClient(clientStream, server, error);
        await client.RequestAsync<JsonElement>("initialize", new
        {
            processId = Environment.ProcessId,
            locale,
            rootUri = root is null ? null : Uri(root),
            capabilities = new { },
            initializationOptions,
        });
        await client.NotifyAsync("initialized", new { });
        return client;
    }

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public Task<T> RequestAsync<T>(string method, object? parameters, CancellationToken cancellationToken = default) =>
        _rpc.InvokeWithParameterObjectAsync<T>(method, parameters, cancellationToken);

    public Task NotifyAsync(string method, object? parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);

    public async Task<string> OpenAsync(string path, string? text = null, int version = 1)
    {
        var uri = Uri(path);
        await NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "kpi", version, text = text ?? File.ReadAllText(path) } });
        return uri;
    }

    public Task ChangeAsync(string uri, int version, params object[] changes) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = changes });

    public static object Position(int line, int character) => new { line, character };

    public static object At(string uri, int line, int character) => new { textDocument = new { uri }, position = Position(line, character) };

    /// <summary>Waits for a publication for the URI that satisfies the condition (or fails after a generous safety limit).</summary>
    public async Task<PublishDiagnosticsParams> WaitForDiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool>? condition = null)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            Task next;
            lock (_published)
            {
                var found = _published.LastOrDefault(p => p.Uri == uri);
                if (found is not null && (condition?.Invoke(found) ?? true)) return found;
                next = _newPublication.Task;
            }
            await next.WaitAsync(limit.Token);
        }
    }

    public void ForgetPublications()
    {
        lock (_published) _published.Clear();
    }

    private void OnPublish(JsonElement parameters)
    {
        var publication = parameters.Deserialize<PublishDiagnosticsParams>(JsonOptions)!;
        lock (_published)
        {
            _published.Add(publication);
            var signal = _newPublication;
            _newPublication = new(TaskCreationOptions.RunContinuationsAsynchronously);
            signal.SetResult();
        }
    }

    /// <summary>The methods the server calls on the client.</summary>
    private sealed class ClientTarget(LspTestClient client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics")]
        public void PublishDiagnostics(JsonElement parameters) => client.OnPublish(parameters);

        [JsonRpcMethod("kpi/status")]
        public void Status(JsonElement parameters)
        {
            lock (client.Statuses) client.Statuses.Add(parameters.GetProperty("bezig").GetBoolean());
        }

        [JsonRpcMethod("window/logMessage")]
        public void LogMessage(JsonElement parameters)
        {
            lock (client.Log) client.Log.Add(parameters.GetProperty("message").GetString() ?? "");
        }
    }

    /// <summary>Sends raw bytes, as a broken client would.</summary>
    public async Task SendRawAsync(string raw)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(raw);
        await _clientStream.WriteAsync(bytes);
        await _clientStream.FlushAsync();
    }

    public async Task<int> ShutdownAsync()
    {
        await RequestAsync<JsonElement?>("shutdown", null);
        await NotifyAsync("exit", null);
        return await Server.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        _rpc.Dispose();
        await _clientStream.DisposeAsync();
        try
        {
            await Server.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (Exception)
        {
            // A test that broke the connection on purpose may leave the server ending with an error.
        }
    }
}
