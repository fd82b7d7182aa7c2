namespace KpiLang.Schema.Build;

/// <summary>
/// How a build runs. <see cref="StepDelay"/> only exists so a test can kill a build part-way through (it is read
/// from KPIC_TEST_BUILD_STEP_DELAY_MS by the CLI); <see cref="OnStep"/> reports progress.
/// </summary>
public sealed record BuildOptions(string CompilerVersion, DateTimeOffset BuildTime, string WorkspaceRoot)
{
    public TimeSpan StepDelay { get; init; } = TimeSpan.Zero;

    public Action<string>? OnStep { get; init; }
}
