using System.Diagnostics;

namespace KpiLang.LanguageServer.Hosting;

/// <summary>Ends the server when the editor that started it has gone (LSP initialize.processId), so no orphan is left.</summary>
internal static class ParentProcessWatcher
{
    public static async Task WaitForExitAsync(int processId, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!IsAlive(processId)) return;
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsAlive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
