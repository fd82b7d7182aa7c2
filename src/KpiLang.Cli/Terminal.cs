namespace KpiLang.Cli;

internal static class Terminal
{
    /// <summary>Colour only on an interactive terminal, and never when NO_COLOR is set (no-color.org).</summary>
    public static bool SupportsColor =>
        !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";
}
