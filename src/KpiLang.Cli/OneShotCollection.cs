using System.Runtime;
using KpiLang.Cli.Commands;

namespace KpiLang.Cli;

/// <summary>
/// A command that compiles specifications keeps every syntax tree, symbol and finding until it ends, so a garbage
/// collection during it finds almost nothing to free and only moves live objects about: in a check of 110k lines a
/// third of the processor time went to the collector. Such a command asks the runtime not to collect until it has
/// allocated <see cref="Budget"/> (a check of 110k lines allocates ~550 MB, the samples a few MB); past that, the
/// collector runs as usual. It trades memory for time only in a short-lived process: the language server and the
/// database commands collect as always, and tests that run commands in their own process are not affected. Whoever
/// caps the process's memory with the runtime's own setting (DOTNET_GCHeapHardLimit or …Percent) gets the usual
/// collector as well.
/// </summary>
internal static class OneShotCollection
{
    public const long Budget = 640L * 1024 * 1024;

    private static readonly HashSet<string> CompilingCommands =
        new(StringComparer.Ordinal) { CheckCommand.Name, BuildCommand.Name, ConvertCommand.Name, FormatCommand.Name };

    public static void PauseFor(string[] args)
    {
        if (args.Length == 0 || !CompilingCommands.Contains(args[0]) || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return;
        if (MemoryIsCapped()) return;
        try
        {
            GC.TryStartNoGCRegion(Budget);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than this runtime allows without collecting: then it collects as usual.
        }
    }

    private static bool MemoryIsCapped() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_GCHeapHardLimit"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_GCHeapHardLimitPercent"))
        || AppContext.GetData("GCHeapHardLimit") is not null;
}
