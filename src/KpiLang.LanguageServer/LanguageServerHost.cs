using System.IO.Pipelines;
using KpiLang.LanguageServer.Hosting;
using KpiLang.LanguageServer.Protocol;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace KpiLang.LanguageServer;

/// <summary>
/// Runs the language server over a pair of streams (stdin/stdout for <c>kpic lsp</c>, in-memory pipes in tests)
/// until the client sends exit, closes the stream, or its process dies.
/// </summary>
public static class LanguageServerHost
{
    /// <summary>
    /// No fixed wait: findings are computed as soon as the publisher wakes. Edits that arrive while it works are
    /// taken together in its next round and findings for an outdated version are dropped, so fast typing still costs
    /// one compilation at a time (as in rust-analyzer), without a pause on every keystroke.
    /// </summary>
    public static readonly TimeSpan DefaultDebounce = TimeSpan.Zero;

    /// <summary>Serves one client; returns the process exit code (0 after a proper shutdown, 1 otherwise).</summary>
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter log, LanguageServerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        options ??= new LanguageServerOptions();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var serverLog = new ServerLog(log);
        var session = new ServerSession(serverLog, options.Today ?? (() => DateOnly.FromDateTime(DateTime.Today)));

        var inbound = new Pipe();
        var pump = MessageFramingGuard.PumpAsync(input, inbound.Writer,
            reason => serverLog.Warning(ServerText.DroppedMessage(reason).Get(session.Language)), stop.Token);

        var handler = new HeaderDelimitedMessageHandler(output, inbound.Reader.AsStream(), ServerJsonFormatter.Create());
        using var rpc = new ServerJsonRpc(handler, serverLog, () => session.Language)
        {
            // Notifications (didOpen, didChange…) are handled one at a time in arrival order.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        serverLog.Attach(rpc);

        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var publisher = new DiagnosticPublisher(session.Workspace, session.Documents, () => session.Language,
            rpc.PublishDiagnostics, options.Debounce ?? DefaultDebounce, serverLog,
            busy =>
            {
                // Fire and forget, as the log does: a status that cannot be sent must never stop the findings.
                _ = rpc.Status(new ServerStatusParams(busy))
                    .ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                return Task.CompletedTask;
            });
        var server = new KpiLanguageServer(session, publisher, () => exited.TrySetResult());
        rpc.AddLocalRpcTarget(KpiLanguageServer.Methods, server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.StartListening();

        var publishing = publisher.RunAsync(stop.Token);
        var parentWatch = Task.Run(async () =>
        {
            while (server.ParentProcess is null && !stop.IsCancellationRequested) await Task.Delay(200, stop.Token).ConfigureAwait(false);
            if (server.ParentProcess is { } pid) await ParentProcessWatcher.WaitForExitAsync(pid, stop.Token).ConfigureAwait(false);
            if (!stop.IsCancellationRequested) serverLog.Info(ServerText.ParentGone(server.ParentProcess ?? 0).Get(session.Language));
        }, stop.Token);

        await Task.WhenAny(exited.Task, rpc.Completion, parentWatch, Task.Delay(Timeout.Infinite, stop.Token)).ConfigureAwait(false);
        await stop.CancelAsync().ConfigureAwait(false);
        // The pump is not awaited: a read from stdin cannot be cancelled, and the process ends anyway.
        await Quietly(publishing).ConfigureAwait(false);
        _ = pump;
        return session.ShutdownRequested ? 0 : 1;
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }
}

/// <summary>Settings for tests and benchmarks: a fixed "today" and the debounce before findings are pushed.</summary>
public sealed record LanguageServerOptions
{
    public Func<DateOnly>? Today { get; init; }

    public TimeSpan? Debounce { get; init; }
}
