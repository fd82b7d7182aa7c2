using System.Diagnostics;
using KpiLang.Generator;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Hardening;

/// <summary>
/// The database survives what pipelines do to it: `kpic build` and `kpic import` killed (SIGKILL) at random
/// moments leave either the old or the new state, never a mix or a corrupt file; readers in another process keep
/// reading while a build runs. CI runs a few kills; KPI_KILL_RUNS sets more for a long run.
/// </summary>
public class DataSafetyTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private static int KillRuns => int.TryParse(Environment.GetEnvironmentVariable("KPI_KILL_RUNS"), out var n) && n > 0 ? n : 4;

    /// <summary>Two versions of one workspace that differ in which indicators exist.</summary>
    private sealed class TwoVersions : IDisposable
    {
        private readonly TempFolder _folder = new();

        public TwoVersions()
        {
            Database = Path.Combine(_folder.Path, "meet.sqlite");
            Root = Path.Combine(_folder.Path, "spec");
            var reference = Path.Combine(_folder.Path, "referentie.sqlite");
            foreach (var seed in new[] { 2, 1 })
            {
                Write(seed);
                var clock = Stopwatch.StartNew();
                Assert.Equal(0, KpicProcess.Run("build", Root, "-o", seed == 2 ? reference : Database));
                FullBuild = clock.Elapsed;
                States[seed] = DatabaseProbe.ActiveIndicators(seed == 2 ? reference : Database);
            }
            Assert.NotEqual(States[1], States[2]);
        }

        public string Root { get; }
        public string Database { get; }
        public Dictionary<int, string> States { get; } = [];
        public TimeSpan FullBuild { get; private set; }

        public void Write(int seed)
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
            SpecificationGenerator.Generate(1_000, seed).WriteTo(Root);
        }

        public string Folder => _folder.Path;

        public void Dispose() => _folder.Dispose();
    }

    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_old_or_the_new_specification()
    {
        using var versions = new TwoVersions();
        var random = new Random(8);
        var kills = 0;
        for (var run = 0; run < KillRuns; run++)
        {
            var seed = run % 2 == 0 ? 2 : 1;
            versions.Write(seed);
            using var build = KpicProcess.Start("build", versions.Root, "-o", versions.Database);
            if (KpicProcess.KillAfter(build, versions.FullBuild * random.NextDouble())) kills++;
            Assert.Equal("ok", DatabaseProbe.Scalar<string>(versions.Database, "PRAGMA integrity_check"));
            Assert.Equal(0L, DatabaseProbe.Scalar<long>(versions.Database, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
            Assert.Contains(DatabaseProbe.ActiveIndicators(versions.Database), versions.States.Values);
        }
        log.WriteLine($"{KillRuns} builds, {kills} killed while still running; every database intact, old or new");
        Assert.True(kills > 0, "no build was still running when killed");
    }

    [Fact]
    public void An_import_killed_at_any_moment_loads_all_rows_or_none()
    {
        using var versions = new TwoVersions();
        var keys = versions.States[1].Split(',');
        var csv = Path.Combine(versions.Folder, "metingen.csv");
        var rows = 20_000;
        File.WriteAllLines(csv, ["indicator;periode_begin;periode_eind;uitsplitsing;waarde",
            .. Enumerable.Range(0, rows).Select(i =>
            {
                var day = new DateOnly(2000, 1, 1).AddDays(i / keys.Length).ToString("yyyy-MM-dd");
                return $"{keys[i % keys.Length]};{day};{day};;{1 + i % 9}";
            })]);
        var clock = Stopwatch.StartNew();
        var reference = Path.Combine(versions.Folder, "import-referentie.sqlite");
        File.Copy(versions.Database, reference);
        Assert.Equal(0, KpicProcess.Run("import", csv, "--db", reference));
        var fullImport = clock.Elapsed;
        Assert.Equal((long)rows, DatabaseProbe.Scalar<long>(reference, "SELECT COUNT(*) FROM meting"));

        var random = new Random(9);
        var kills = 0;
        for (var run = 0; run < KillRuns; run++)
        {
            var before = DatabaseProbe.Scalar<long>(versions.Database, "SELECT COUNT(*) FROM meting");
            using var import = KpicProcess.Start("import", csv, "--db", versions.Database);
            var killed = KpicProcess.KillAfter(import, fullImport * random.NextDouble());
            if (killed) kills++;
            var after = DatabaseProbe.Scalar<long>(versions.Database, "SELECT COUNT(*) FROM meting");
            Assert.Equal("ok", DatabaseProbe.Scalar<string>(versions.Database, "PRAGMA integrity_check"));
            // All or nothing: the same rows again are either refused as a whole (duplicates) or loaded as a whole.
            Assert.True(after == before || after == before + rows, $"run {run}: {before} -> {after} rows");
        }
        log.WriteLine($"{KillRuns} imports, {kills} killed while still running; every database intact, all rows or none");
        Assert.True(kills > 0, "no import was still running when killed");
    }

    [Fact]
    public void Another_process_keeps_reading_while_a_build_runs()
    {
        using var versions = new TwoVersions();
        var counts = versions.States.Values.Select(s => s.Split(',').Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var reads = 0;
        for (var run = 0; run < 2; run++)
        {
            versions.Write(run % 2 == 0 ? 2 : 1);
            using var build = KpicProcess.Start("build", versions.Root, "-o", versions.Database);
            while (!build.HasExited || reads == 0)
            {
                var (exit, output) = ReadInAnotherProcess(versions.Database, "SELECT COUNT(*) FROM indicator WHERE actief = 1;");
                Assert.True(exit == 0, $"reader failed during the build: {output}");
                Assert.Contains(output.Trim(), counts);
                reads++;
                if (build.HasExited) break;
            }
            build.WaitForExit();
            Assert.Equal(0, build.ExitCode);
        }
        log.WriteLine($"{reads} reads during builds, all succeeded");
        Assert.True(reads >= 2);
    }

    /// <summary>The sqlite3 command-line shell when installed (as a team's query tool would be), else a second kpic-free dotnet reader.</summary>
    private static (int Exit, string Output) ReadInAnotherProcess(string database, string sql)
    {
        var shell = new[] { "/usr/bin/sqlite3", "/usr/local/bin/sqlite3" }.FirstOrDefault(File.Exists);
        if (shell is null) return (0, DatabaseProbe.Scalar<long>(database, sql.TrimEnd(';')).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var start = new ProcessStartInfo(shell) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-cmd");
        start.ArgumentList.Add(".timeout 5000");
        start.ArgumentList.Add(database);
        start.ArgumentList.Add(sql);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
