using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace KpiLang.Benchmarks;

/// <summary>
/// BenchmarkDotNet's short run, with the garbage collector kpic itself uses (server, not concurrent; see
/// src/KpiLang.Cli/KpiLang.Cli.csproj), so the in-process figures match the tool's.
/// </summary>
public sealed class ShortRunConfig : ManualConfig
{
    public ShortRunConfig()
    {
        Add(DefaultConfig.Instance);
        AddJob(Job.ShortRun.WithGcServer(true).WithGcConcurrent(false));
    }
}
