using System.Diagnostics;

namespace KpiLang.Tests;

/// <summary>A database shell (sqlite3, psql) fed SQL on standard input, as a user pipes a script into it.</summary>
internal static class ShellProcess
{
    /// <summary>Starts the shell, writes <paramref name="input"/> to it, and returns its exit code and what it printed.</summary>
    public static (int Code, string Output, string Error) Run(ProcessStartInfo start, string input)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
