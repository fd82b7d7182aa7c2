using KpiLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace KpiLang.LanguageServer.Hosting;

/// <summary>Logs to stderr and, once connected, to the client's output panel (window/logMessage). Never to stdout.</summary>
internal sealed class ServerLog(TextWriter error)
{
    private JsonRpc? _rpc;

    public void Attach(JsonRpc rpc) => _rpc = rpc;

    public void Info(string message) => Write(3, message);

    public void Warning(string message) => Write(2, message);

    public void Error(string message) => Write(1, message);

    private void Write(int type, string message)
    {
        lock (error) error.WriteLine($"[kpic lsp] {message}");
        if (_rpc is { IsDisposed: false } rpc)
            _ = rpc.LogMessage(new LogMessageParams(type, message))
                .ContinueWith(static t => _ = t.Exception, TaskContinuationOptions.OnlyOnFaulted);
    }
}
