using System.Diagnostics;
using System.Globalization;
using System.Text;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Postgres;

/// <summary>
/// Many parties at once, each a kpic process of its own, on one PostgreSQL database with row-level security: twenty
/// providers importing while the region rebuilds the specification load every row exactly once; two imports of the
/// same file let one in; an import killed before its commit leaves nothing.
/// </summary>
public sealed class ConcurrentImportTests : IDisposable
{
    private const int Providers = 20;
    private const int RowsPerProvider = 1500;

    private readonly PostgresServer _server = PostgresServer.Instance;
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];
    private readonly TempFolder _folder = new();
    private readonly string _database;
    private readonly string _spec;

    public ConcurrentImportTests()
    {
        _server.CreateLogin(Owner, "CREATEROLE");
        _database = _server.CreateDatabase(Owner);
        _spec = Path.Combine(_folder.Path, "regio");
        WriteSpecification("Wachttijd tot de start van de jeugdhulp");
        var (code, output, error) = CliRunner.Run("build", _spec, "-o", Url(Owner));
        Assert.True(code == 0, output + error);
        (code, output, error) = CliRunner.Run("roles", "--db", Url(Owner), "--prefix", Prefix);
        Assert.True(code == 0, output + error);
        for (var p = 1; p <= Providers; p++)
        {
            _server.CreateLogin(Login(p));
            _server.Psql("postgres", $"GRANT {Prefix}_aanbieder_{Provider(p)} TO {Login(p)}");
        }
    }

    private string Prefix => "c" + _suffix;
    private string Owner => "bouw_" + _suffix;
    private string Login(int p) => $"p{p:00}_{_suffix}";
    private static string Provider(int p) => $"aanbieder_{p:00}";
    private string Url(string user) => _server.Url(_database, user);

    [PostgresFact]
    public void Twenty_providers_importing_while_the_region_rebuilds_load_every_row_exactly_once()
    {
        var files = Enumerable.Range(1, Providers).Select(p => MeasurementsOf(p, RowsPerProvider)).ToList();
        // Each import holds its transaction open a moment after its rows are in, so the rebuilds below surely meet
        // imports in flight: the native kpic loads 1,500 rows faster than one rebuild takes.
        var holdOpen = new Dictionary<string, string> { ["KPIC_TEST_IMPORT_PAUSE_MS"] = "1500" };
        var imports = Enumerable.Range(1, Providers).Select(p => PostgresTestKit.Start(["import", files[p - 1], "--db", Url(Login(p))], holdOpen)).ToList();
        var outputs = imports.Select(i => (Output: i.StandardOutput.ReadToEndAsync(), Error: i.StandardError.ReadToEndAsync())).ToList();

        // Meanwhile the region rebuilds the specification, with a changed title each time, for as long as they run.
        var buildsDuringImports = 0;
        for (var round = 1; round <= 30 && imports.Any(i => !i.HasExited); round++)
        {
            WriteSpecification($"Wachttijd tot de start van de jeugdhulp (versie {round})");
            var (code, output, error) = CliRunner.Run("build", _spec, "-o", Url(Owner));
            Assert.True(code == 0, output + error);
            if (imports.Any(i => !i.HasExited)) buildsDuringImports++;
        }
        foreach (var import in imports) Assert.True(import.WaitForExit(TimeSpan.FromMinutes(4)), "an import did not finish");
        for (var p = 1; p <= Providers; p++)
        {
            Assert.True(imports[p - 1].ExitCode == 0, outputs[p - 1].Output.Result + outputs[p - 1].Error.Result);
            Assert.Equal($"{RowsPerProvider} metingen geladen in {Url(Login(p))}.\n", outputs[p - 1].Output.Result);
            imports[p - 1].Dispose();
        }
        Assert.True(buildsDuringImports >= 1, "no rebuild ended while imports were still running");

        Assert.Equal(Providers * RowsPerProvider, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting"));
        Assert.Equal(Providers * RowsPerProvider, PostgresTestKit.Count(_database,
            "SELECT COUNT(*) FROM (SELECT DISTINCT indicator_id, periode_begin, periode_eind, uitsplitsing, aanbieder FROM meting) s"));
        Assert.Equal(Providers, PostgresTestKit.Count(_database,
            $"SELECT COUNT(*) FROM (SELECT aanbieder FROM meting GROUP BY aanbieder HAVING COUNT(*) = {RowsPerProvider}) s"));
        // Every measurement still points at the one indicator row, whatever the builds did to its title.
        Assert.Equal(1, PostgresTestKit.Count(_database, "SELECT COUNT(DISTINCT indicator_id) FROM meting"));
        Assert.Equal(RowsPerProvider, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting_met_indicator", Login(7)));
    }

    [PostgresFact]
    public void The_same_file_imported_twice_at_once_goes_in_once()
    {
        var file = MeasurementsOf(3, 2000);
        var imports = new[] { 0, 1 }.Select(_ => PostgresTestKit.Start(["import", file, "--db", Url(Login(3))])).ToList();
        var results = imports.Select(i =>
        {
            var output = i.StandardOutput.ReadToEndAsync();
            var error = i.StandardError.ReadToEnd();
            i.WaitForExit();
            return (Code: i.ExitCode, Output: output.Result, Error: error);
        }).ToList();
        Assert.Equal([0, 1], results.Select(r => r.Code).Order());
        var refused = results.Single(r => r.Code == 1);
        Assert.EndsWith("kpic: 2000 fouten in het CSV-bestand; er is niets geladen. Verbeter de regels en importeer opnieuw.\n", refused.Error);
        Assert.Contains($"{file}:2: voor deze indicator, periode en uitsplitsing staat al een meting in de database", refused.Error);
        Assert.Equal(2000, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting"));
    }

    [PostgresFact]
    public void An_import_killed_before_its_commit_leaves_nothing()
    {
        var file = MeasurementsOf(5, 2000);
        using (var import = PostgresTestKit.Start(["import", file, "--db", Url(Login(5))],
                   new Dictionary<string, string> { ["KPIC_TEST_IMPORT_PAUSE_MS"] = "60000" }))
        {
            var reached = false;
            while (import.StandardError.ReadLine() is { } line)
            {
                if (line != "kpic-test: rijen ingevoegd") continue;
                reached = true;
                // Its rows are in, uncommitted: the region cannot see them yet.
                Assert.Equal(0, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting"));
                import.Kill(entireProcessTree: true); // SIGKILL: no rollback by kpic, only the server's
                break;
            }
            import.WaitForExit();
            Assert.True(reached, "the import never reached its commit");
        }
        Assert.Equal(0, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting"));

        // Nothing of it is left in the way: the same file loads in full.
        var (code, output, error) = PostgresTestKit.Run(["import", file, "--db", Url(Login(5))]);
        Assert.True(code == 0, output + error);
        Assert.Equal(2000, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting"));
    }

    /// <summary>One indicator broken down by provider, delivered by twenty providers.</summary>
    private void WriteSpecification(string title)
    {
        var text = new StringBuilder();
        for (var p = 1; p <= Providers; p++)
            text.Append(CultureInfo.InvariantCulture, $"actor {Provider(p)} \"Aanbieder {p:00}\" {{\n    soort: aanbieder\n}}\n\n");
        text.Append(CultureInfo.InvariantCulture, $$"""
            doel toegang "Snellere toegang tot de juiste hulp" {
                indicator wachttijd "{{title}}" {
                    soort: duur
                    eenheid: weken
                    uitsplitsing: aanbieder
                    aanbieders: {{string.Join(", ", Enumerable.Range(1, Providers).Select(Provider))}}
                    frequentie: maandelijks
                }
            }

            """);
        Directory.CreateDirectory(_spec);
        File.WriteAllText(Path.Combine(_spec, "regio.kpi"), text.ToString());
    }

    /// <summary>A provider's file: one row per day from 2020-01-01, without an 'aanbieder' column (the role says whose).</summary>
    private string MeasurementsOf(int provider, int rows)
    {
        var text = new StringBuilder("indicator;periode_begin;periode_eind;waarde\n");
        for (var day = 0; day < rows; day++)
        {
            var date = new DateOnly(2020, 1, 1).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"wachttijd;{date};{date};{(day % 12) + provider % 5}\n");
        }
        return _folder.Write($"{Provider(provider)}-{Guid.NewGuid():N}.csv", text.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
