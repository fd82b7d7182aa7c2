using System.Diagnostics;
using KpiLang.Compiler;
using KpiLang.Schema.Build;
using KpiLang.Tests.Schema;

namespace KpiLang.Tests.Postgres;

/// <summary>Databases, builds and kpic processes for the PostgreSQL tests.</summary>
internal static class PostgresTestKit
{
    public static PostgresServer Server => PostgresServer.Instance;

    /// <summary>Builds a folder into a database in-process at the fixed build time of the SQLite tests.</summary>
    public static BuildResult Build(string folder, string target)
    {
        var compilation = Compilation.FromPaths([folder], new CompilationOptions(folder, new DateOnly(2025, 6, 1)));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())));
        return SchemaBuilder.Build(compilation, target, new BuildOptions("test", SchemaTestKit.BuildTime, folder));
    }

    /// <summary>psql's unaligned output (fields joined by '|', a header line, no footer), as a team's script reads it.</summary>
    public static string Query(string database, string sql, string user = PostgresServer.Admin) =>
        Server.Psql(database, sql, user, "-A", "-F", "|", "-P", "footer=off");

    public static long Count(string database, string sql, string user = PostgresServer.Admin) =>
        long.Parse(Server.Psql(database, sql, user, "-A", "-t").Trim(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// kpic as a process of its own, as a provider's scheduled job would run it: the kpic.dll beside the tests, or the
    /// executable KPIC_EXECUTABLE names. CI sets it to the Native AOT kpic it publishes, so Npgsql is proven to work
    /// in the binary users install (trimmed, no reflection), not only under the JIT.
    /// </summary>
    /// <param name="environment">Variables to set; an empty value removes the variable.</param>
    public static Process Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var executable = Environment.GetEnvironmentVariable("KPIC_EXECUTABLE") is { Length: > 0 } native ? Path.GetFullPath(native) : null;
        var start = new ProcessStartInfo(executable ?? Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        if (executable is null) start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kpic.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            if (value.Length == 0) start.Environment.Remove(key);
            else start.Environment[key] = value;
        return Process.Start(start)!;
    }

    /// <summary>Runs kpic in its own process to the end; returns its exit code and what it printed.</summary>
    public static (int ExitCode, string Output, string Error) Run(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(args, environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
