using System.Diagnostics;

namespace KpiLang.Tests.Schema;

/// <summary>
/// The sqlite3 command-line shell, as a team reads its database: what these tests assert is what a user would see,
/// not what our own reader makes of it.
/// </summary>
internal static class SqliteShell
{
    public static string Path { get; } =
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => System.IO.Path.Combine(d, "sqlite3")).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("the sqlite3 shell is not installed; .ci/run installs it (apt-get install sqlite3)");

    /// <summary>Runs SQL read-only (with <c>-bail</c>, plus <paramref name="options"/> such as <c>-header</c>); returns what it printed.</summary>
    public static string Query(string database, string sql, params string[] options)
    {
        var start = new ProcessStartInfo(Path);
        foreach (var arg in new[] { "-bail", "-readonly" }.Concat(options).Append(database)) start.ArgumentList.Add(arg);
        var (code, output, error) = ShellProcess.Run(start, sql);
        Assert.True(code == 0 && error.Length == 0, $"{sql}\n{error}");
        return output;
    }

    /// <summary>Runs SQL that writes (a correction by hand, as a team might make one).</summary>
    public static void Execute(string database, string sql)
    {
        var start = new ProcessStartInfo(Path) { RedirectStandardInput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-bail");
        start.ArgumentList.Add(database);
        using var process = Process.Start(start)!;
        process.StandardInput.Write(sql);
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0 && error.Length == 0, $"{sql}\n{error}");
    }
}
