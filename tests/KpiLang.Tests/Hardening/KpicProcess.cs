using System.Diagnostics;

namespace KpiLang.Tests.Hardening;

/// <summary>kpic as a real child process (from the test's output folder), so it can be killed like a crashed pipeline.</summary>
internal static class KpicProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "kpic.dll");

    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs kpic in <paramref name="workingDirectory"/> as a user's shell would, and returns what it printed.</summary>
    public static (int ExitCode, string Output, string Error) Capture(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["KPIC_LANG"] = null;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }

    public static int Run(params string[] args)
    {
        using var process = Start(args);
        process.WaitForExit();
        return process.ExitCode;
    }

    /// <summary>SIGKILL after the delay; true when the process was still running (a real mid-work kill).</summary>
    public static bool KillAfter(Process process, TimeSpan delay)
    {
        if (process.WaitForExit(delay)) return false;
        try
        {
            process.Kill(entireProcessTree: true); // SIGKILL on Linux: no cleanup code runs
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        process.WaitForExit();
        return true;
    }
}
