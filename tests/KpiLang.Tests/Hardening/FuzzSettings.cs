namespace KpiLang.Tests.Hardening;

/// <summary>
/// How hard the fuzz tests try. CI runs a modest count; a long run sets KPI_FUZZ_ITERATIONS. A failure prints the
/// CsCheck seed of the failing input; KPI_FUZZ_SEED (or CsCheck_Seed) replays it. See docs/reliability.md.
/// </summary>
internal static class FuzzSettings
{
    public static long Iterations(long ciDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable("KPI_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : ciDefault;

    /// <summary>The seed to replay, if any (CsCheck's own seed format, as printed on a failure).</summary>
    public static string? Seed => Environment.GetEnvironmentVariable("KPI_FUZZ_SEED") is { Length: > 0 } seed ? seed : null;

    /// <summary>Each input must finish within this bound; far above the milliseconds a sample takes, so not a speed test.</summary>
    public static readonly TimeSpan PerInput = TimeSpan.FromSeconds(10);

    /// <summary>Runs work on its own task and fails if it does not finish within the bound (a hang) or throws.</summary>
    public static T Bounded<T>(Func<T> work, string what)
    {
        var task = Task.Run(work);
        if (!task.Wait(PerInput)) throw new TimeoutException($"no result within {PerInput.TotalSeconds} s for {what}");
        return task.Result;
    }
}
