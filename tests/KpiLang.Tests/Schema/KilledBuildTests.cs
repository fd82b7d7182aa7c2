using System.Diagnostics;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>
/// A build killed part-way (SIGKILL, no chance to clean up) leaves the previous database unchanged and readable.
/// kpic runs as a child process, slowed by KPIC_TEST_BUILD_STEP_DELAY_MS and killed once it reports a step.
/// </summary>
public class KilledBuildTests
{
    [Fact]
    public void Killing_a_build_of_an_existing_database_leaves_it_as_it_was()
    {
        using var folder = new TempFolder();
        var spec = SchemaTestKit.CopySample(folder, "resv");
        var database = Path.Combine(folder.Path, "resv.sqlite");
        SchemaTestKit.Build(spec, database);
        SchemaTestKit.Import(folder, database, "indicator,periode_begin,periode_eind,uitsplitsing,waarde\naantal_overleggen,2024-01-01,2024-12-31,Noord,8\n");
        var before = Snapshot(database);

        // The new build would rename an indicator (archiving the old one) and re-title another.
        var file = Path.Combine(spec, "resv.kpi");
        File.WriteAllText(file, File.ReadAllText(file)
            .Replace("indicator aantal_overleggen ", "indicator aantal_overleggen_nieuw ", StringComparison.Ordinal)
            .Replace("\"Waardering van de multidisciplinaire overleggen per wijkverband\"", "\"Nieuwe titel\"", StringComparison.Ordinal));

        KillDuringBuild(spec, database, killAtStep: 3);

        Assert.Equal(before, Snapshot(database));
        Assert.Equal("ok", SchemaTestKit.Scalar(database, "PRAGMA integrity_check"));
        var (code, output, error) = CliRunner.Run("status", "--db", database);
        Assert.True(code == 0, output + error);
        Assert.Contains("aantal_overleggen", output);

        // And the next, uninterrupted build does what the killed one would have done.
        var (rebuilt, rebuiltOutput, rebuiltError) = CliRunner.Run("build", spec, "-o", database);
        Assert.True(rebuilt == 0, rebuiltOutput + rebuiltError);
        Assert.Contains("Gearchiveerd: aantal_overleggen", rebuiltOutput);
    }

    [Fact]
    public void Killing_the_first_build_leaves_no_half_written_database()
    {
        using var folder = new TempFolder();
        var spec = SchemaTestKit.CopySample(folder, "resv");
        var database = Path.Combine(folder.Path, "nieuw.sqlite");
        KillDuringBuild(spec, database, killAtStep: 2);
        Assert.False(File.Exists(database));
        Assert.NotEmpty(Directory.GetFiles(folder.Path, ".nieuw.sqlite.*.kpic-tmp"));
        var (code, output, error) = CliRunner.Run("build", spec, "-o", database);
        Assert.True(code == 0, output + error);
        Assert.Equal(7L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM indicator"));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.kpic-tmp*")); // the killed build's temporary file is cleaned up
    }

    private static void KillDuringBuild(string spec, string database, int killAtStep)
    {
        var kpic = Path.Combine(AppContext.BaseDirectory, "kpic.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { kpic, "build", spec, "-o", database }) start.ArgumentList.Add(arg);
        // Each step pauses 1.5 s after reporting itself; the build has about eight, so a kill right after step 2 or 3
        // lands seconds before the commit.
        start.Environment["KPIC_TEST_BUILD_STEP_DELAY_MS"] = "1500";
        using var process = Process.Start(start)!;
        var reached = false;
        while (process.StandardError.ReadLine() is { } line)
        {
            if (line != $"kpic-test: stap {killAtStep}") continue;
            reached = true;
            process.Kill(entireProcessTree: true); // SIGKILL on Unix: no finally blocks, no rollback by kpic
            break;
        }
        process.WaitForExit();
        Assert.True(reached, "the build never reached the step to kill it at");
        Assert.NotEqual(0, process.ExitCode);
    }

    /// <summary>Everything a user could see: every row of every table, read through SQLite (the WAL included).</summary>
    private static string Snapshot(string database)
    {
        var tables = SchemaTestKit.Query(database, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").Select(r => (string)r[0]!);
        return string.Join("\n", tables.Select(t => t + ": " + string.Join("|",
            SchemaTestKit.Query(database, $"SELECT * FROM \"{t}\" ORDER BY 1, 2").Select(r => string.Join(",", r)))));
    }
}
