using KpiLang.Analysis.Configuration;
using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Features;
using KpiLang.LanguageServer.Protocol;
using KpiLang.LanguageServer.Workspace;

namespace KpiLang.LanguageServer.Hosting;

/// <summary>
/// Pushes findings after each change, once the editor has been quiet for the debounce (none by default). However
/// many edits arrive, there is one pending wake-up and one compilation at a time; edits made meanwhile are taken
/// together in the next round, and results for a text that has changed since are dropped, because the newer text
/// will be published next.
/// </summary>
internal sealed class DiagnosticPublisher(
    ServerWorkspace workspace,
    OpenDocuments documents,
    Func<Language> language,
    Func<PublishDiagnosticsParams, Task> send,
    TimeSpan debounce,
    ServerLog log,
    Func<bool, Task>? busy = null)
{
    /// <summary>The notification that tells the editor the server is checking (true) or done (false), for its status item.</summary>
    public const string StatusMethod = "kpi/status";

    private readonly SemaphoreSlim _wake = new(0, 1);
    private long _lastSignal;

    public void Schedule()
    {
        Interlocked.Exchange(ref _lastSignal, Environment.TickCount64);
        lock (_wake)
            if (_wake.CurrentCount == 0) _wake.Release();
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await _wake.WaitAsync(cancellationToken).ConfigureAwait(false);
                long wait;
                while ((wait = Interlocked.Read(ref _lastSignal) + (long)debounce.TotalMilliseconds - Environment.TickCount64) > 0)
                    await Task.Delay(TimeSpan.FromMilliseconds(wait), cancellationToken).ConfigureAwait(false);
                var working = workspace.HasPendingWork && busy is not null;
                try
                {
                    if (working) await busy!(true).ConfigureAwait(false);
                    await PublishChangedAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.Error(ServerText.RequestFailed("textDocument/publishDiagnostics", e.Message).Get(language()));
                }
                finally
                {
                    if (working) await busy!(false).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task PublishChangedAsync(CancellationToken cancellationToken)
    {
        foreach (var path in workspace.TakeChangedPaths())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var open = documents.Get(path);
            var uri = open?.Uri ?? DocumentUris.FromPath(path);
            if (ConfigLoader.IsConfigFile(path))
            {
                var findings = workspace.GetConfigFindings(path).Select(d => DiagnosticConverter.ToProtocol(d, language())).ToArray();
                await send(new PublishDiagnosticsParams(uri, open?.Version, findings)).ConfigureAwait(false);
                continue;
            }
            var group = workspace.Get(path, cancellationToken);
            if (group is null)
            {
                await send(new PublishDiagnosticsParams(uri, null, [])).ConfigureAwait(false);
                continue;
            }
            if (open is not null && group.GetVersion(path) != open.Version) continue; // stale: the newer text comes next
            var items = group.GetDiagnostics(path).Select(d => DiagnosticConverter.ToProtocol(d, language())).ToArray();
            await send(new PublishDiagnosticsParams(uri, open?.Version, items)).ConfigureAwait(false);
        }
    }
}
