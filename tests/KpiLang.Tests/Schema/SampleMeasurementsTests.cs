using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>samples/metingen.csv, the CSV a new user tries first, imports cleanly into the database of the samples.</summary>
public class SampleMeasurementsTests
{
    [Fact]
    public void The_sample_measurements_load_into_the_samples_database()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "kpi.sqlite");
        Assert.Equal(0, CliRunner.Run("build", Repository.Samples, "-o", database).ExitCode);
        var (code, output, error) = CliRunner.Run("import", Path.Combine(Repository.Samples, "metingen.csv"), "--db", database);
        Assert.True(code == 0, output + error);
        Assert.Equal("", error);
        // Written as Dutch tables write them: 3.050 is three thousand and fifty, 1.286 of 1.400 is 91,857... %.
        Assert.Equal("""
            kosten_per_client|gemeente=Capelle|3050.0|||voorlopig
            slagingspercentage_minnelijk||91.8571|1286.0|1400.0|definitief
            waardering_overleggen|wijkverband=Zuid|7.0|||voorlopig

            """, SqliteShell.Query(database, """
                SELECT indicator, uitsplitsing, waarde, teller, noemer, status FROM meting_met_indicator
                WHERE (indicator = 'kosten_per_client')
                   OR (indicator = 'slagingspercentage_minnelijk' AND periode_eind = '2024-12-31')
                   OR (indicator = 'waardering_overleggen' AND periode_eind = '2026-02-28' AND uitsplitsing = 'wijkverband=Zuid')
                ORDER BY indicator;
                """));
        Assert.Equal("18|2|3\n", SqliteShell.Query(database,
            "SELECT COUNT(*), SUM(tekst IS NOT NULL AND waarde IS NULL), SUM(opmerking IS NOT NULL) FROM meting;"));
    }
}
