using KpiLang.Schema;
using KpiLang.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace KpiLang.Tests.Schema;

/// <summary>
/// kpic import --corrigeer replaces a measurement's value or status and keeps the version it replaced (who, when,
/// old value) in meting_correctie; existing databases gain the table by a migration without losing a measurement.
/// </summary>
public class CorrectionTests
{
    private const string Provisional = """
        indicator;periode_begin;periode_eind;uitsplitsing;waarde;status;ingevoerd_door
        waardering_overleggen;2025-01-01;2025-06-30;;7,2;voorlopig;Fatima
        aantal_overleggen;2024-01-01;2024-12-31;Noord;8;;Fatima
        """;

    /// <summary>The resv sample built, with a provisional score and a final count entered by Fatima.</summary>
    private static (TempFolder Folder, string Database) WithProvisionalMeasurements()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        SchemaTestKit.Import(folder, database, Provisional);
        return (folder, database);
    }

    [Fact]
    public void A_correction_replaces_value_and_status_and_keeps_who_when_and_the_old_value()
    {
        var (folder, database) = WithProvisionalMeasurements();
        using var _ = folder;
        var file = folder.Write("correcties.csv", """
            indicator;periode_begin;periode_eind;uitsplitsing;waarde;status;opmerking;ingevoerd_door
            waardering_overleggen;2025-01-01;2025-06-30;;;definitief;vastgesteld door de projectgroep;Joris
            aantal_overleggen;2024-01-01;2024-12-31;Noord;9;;één overleg was niet geregistreerd;Joris
            """);

        var (code, output, error) = CliRunner.Run("import", file, "--db", database, "--corrigeer");

        Assert.True(code == 0, output + error);
        Assert.Equal($"2 metingen gecorrigeerd in {database}. De vorige versies staan in de view correctiegeschiedenis.\n", output.ReplaceLineEndings("\n"));
        Assert.Equal("""
            aantal_overleggen|Noord|9.0|definitief|één overleg was niet geregistreerd|Joris
            waardering_overleggen||7.2|definitief|vastgesteld door de projectgroep|Joris

            """, SqliteShell.Query(database, "SELECT indicator, uitsplitsing, waarde, status, opmerking, ingevoerd_door FROM meting_met_indicator ORDER BY indicator;"));
        var history = SqliteShell.Query(database,
            "SELECT indicator, oude_waarde, oude_status, oud_ingevoerd_door, gecorrigeerd_door, huidige_waarde, huidige_status, gecorrigeerd_op > oud_ingevoerd_op OR gecorrigeerd_op = oud_ingevoerd_op FROM correctiegeschiedenis ORDER BY indicator;");
        Assert.Equal("""
            aantal_overleggen|8.0|definitief|Fatima|Joris|9.0|definitief|1
            waardering_overleggen|7.2|voorlopig|Fatima|Joris|7.2|definitief|1

            """, history);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n$", SqliteShell.Query(database, "SELECT MAX(gecorrigeerd_op) FROM meting_correctie;"));

        // The same file again changes nothing and keeps no new version.
        var again = CliRunner.Run("import", file, "--db", database, "--corrigeer");
        Assert.Equal($"0 metingen gecorrigeerd in {database}; 2 regels veranderden niets.\n", again.Output.ReplaceLineEndings("\n"));
        Assert.Equal("2\n", SqliteShell.Query(database, "SELECT COUNT(*) FROM meting_correctie;"));
    }

    [Fact]
    public void Correcting_what_is_not_there_loads_nothing_and_names_the_line()
    {
        var (folder, database) = WithProvisionalMeasurements();
        using var _ = folder;
        var file = folder.Write("correcties.csv", """
            indicator;periode_begin;periode_eind;uitsplitsing;waarde;status
            waardering_overleggen;2025-01-01;2025-06-30;;7,4;
            aantal_overleggen;2024-01-01;2024-12-31;Zuid;3;
            """);
        var (code, _, error) = CliRunner.Run("import", file, "--db", database, "--corrigeer");
        Assert.Equal(1, code);
        Assert.Contains($"{file}:3: er is nog geen meting voor deze indicator, periode en uitsplitsing om te corrigeren; importeer hem zonder --corrigeer.", error);
        Assert.Equal("7.2|voorlopig\n", SqliteShell.Query(database, "SELECT waarde, status FROM meting WHERE uitsplitsing = '' ;"));
        Assert.Equal("0\n", SqliteShell.Query(database, "SELECT COUNT(*) FROM meting_correctie;"));
        Assert.Contains("import it without --correct.", CliRunner.Run("import", file, "--db", database, "--correct", "--lang", "en").Error);
    }

    [Fact]
    public void A_correction_is_checked_like_an_import()
    {
        var (folder, database) = WithProvisionalMeasurements();
        using var _ = folder;
        var file = folder.Write("correcties.csv", "indicator;periode_begin;periode_eind;waarde\nwaardering_overleggen;2025-01-01;2025-06-30;7.4\n");
        var (code, _, error) = CliRunner.Run("import", file, "--db", database, "--corrigeer");
        Assert.Equal(1, code);
        Assert.Contains("schrijf 7,4", error);
        Assert.Equal("7.2\n", SqliteShell.Query(database, "SELECT waarde FROM meting WHERE uitsplitsing = '';"));
    }

    [Fact]
    public void Importing_an_existing_measurement_without_corrigeer_says_how_to_correct_it()
    {
        var (folder, database) = WithProvisionalMeasurements();
        using var _ = folder;
        var file = folder.Write("opnieuw.csv", "indicator;periode_begin;periode_eind;waarde\nwaardering_overleggen;2025-01-01;2025-06-30;7,4\n");
        var (code, _, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        Assert.Contains($"{file}:2: voor deze indicator, periode en uitsplitsing staat al een meting in de database; metingen worden nooit stil overschreven. "
            + "Wil je hem verbeteren, importeer dan met --corrigeer (de vorige versie blijft bewaard).", error);
    }

    [Fact]
    public void A_correction_by_hand_in_the_sqlite3_shell_keeps_the_old_version_too()
    {
        var (folder, database) = WithProvisionalMeasurements();
        using var _ = folder;
        SqliteShell.Execute(database, "UPDATE meting SET waarde = 7.3 WHERE uitsplitsing = '' AND waarde = 7.2;");
        Assert.Equal("7.2|voorlopig|Fatima||7.3\n", SqliteShell.Query(database,
            "SELECT oude_waarde, oude_status, oud_ingevoerd_door, gecorrigeerd_door, huidige_waarde FROM correctiegeschiedenis;"));
    }

    [Fact]
    public void An_older_database_is_upgraded_by_build_and_keeps_every_measurement()
    {
        using var old = new TempFolder();
        var spec = SchemaTestKit.CopySample(old, "resv");
        var oldDatabase = Path.Combine(old.Path, "v3.sqlite");
        // A database as the previous kpic left it: schema version 3, an indicator and a provisional measurement.
        using (var connection = SchemaDatabase.Open(oldDatabase, SqliteOpenMode.ReadWriteCreate))
        using (var transaction = connection.BeginTransaction())
        {
            SchemaMigrator.Migrate(connection, transaction, oldDatabase, targetVersion: 3);
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO indicator (sleutel, titel, soort, actief, eerst_gebouwd_op, bestand, regel, kolom, eind_regel, eind_kolom)
                VALUES ('waardering_overleggen', 'Waardering', 'score', 1, '2024-01-01T00:00:00Z', 'resv.kpi', 1, 1, 1, 1);
                INSERT INTO meting (indicator_id, periode_begin, periode_eind, waarde, status, ingevoerd_op)
                VALUES (1, '2024-01-01', '2024-06-30', 6.9, 'voorlopig', '2024-07-01T00:00:00Z');
                """;
            insert.ExecuteNonQuery();
            transaction.Commit();
        }
        Assert.Contains("oudere schemaversie (3)", CliRunner.Run("status", "--db", oldDatabase).Error);

        var (code, output, error) = CliRunner.Run("build", spec, "-o", oldDatabase);
        Assert.True(code == 0, output + error);
        Assert.Contains($"Schema bijgewerkt van versie 3 naar {SchemaMigrator.LatestVersion}.", output);
        Assert.Equal("waardering_overleggen|6.9|voorlopig|\n", SqliteShell.Query(oldDatabase, "SELECT indicator, waarde, status, opmerking FROM meting_met_indicator;"));

        var file = old.Write("c.csv", "indicator;periode_begin;periode_eind;status\nwaardering_overleggen;2024-01-01;2024-06-30;definitief\n");
        Assert.Equal(0, CliRunner.Run("import", file, "--db", oldDatabase, "--corrigeer").ExitCode);
        Assert.Equal("6.9|voorlopig|definitief\n", SqliteShell.Query(oldDatabase, "SELECT oude_waarde, oude_status, huidige_status FROM correctiegeschiedenis;"));
    }
}
