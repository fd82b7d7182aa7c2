using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Postgres;

/// <summary>
/// After <c>kpic roles</c> a provider reads, adds and corrects only its own measurements (in the tables and through
/// the views), cannot update or delete another's, the region reads everything, and only the role that builds can
/// change the specification. Every check goes through psql or kpic as the login role a person would use.
/// </summary>
public sealed class RowSecurityTests : IDisposable
{
    private readonly PostgresServer _server = PostgresServer.Instance;
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];
    private readonly string _database;
    private readonly TempFolder _folder = new();

    /// <summary>
    /// The build role owns the database; jan works for Samen Sterk, els for Jeugdzorg Veluwe, anna for the region,
    /// which loaded samples/metingen.csv (three rows of the two providers, the others the region's own).
    /// </summary>
    public RowSecurityTests()
    {
        _server.CreateLogin(Owner, "CREATEROLE");
        _database = _server.CreateDatabase(Owner);
        Assert.Equal(0, CliRunner.Run("build", Repository.Samples, "-o", Url(Owner)).ExitCode);
        var (code, output, error) = CliRunner.Run("roles", "--db", Url(Owner), "--prefix", Prefix);
        Assert.True(code == 0, output + error);
        Assert.Equal($"Rijbeveiliging ingesteld in {Url(Owner)} (nieuw: {Prefix}_regio, {Prefix}_aanbieder, {Prefix}_aanbieder_aanbieders, "
            + $"{Prefix}_aanbieder_jeugdzorg_veluwe, {Prefix}_aanbieder_samen_sterk). De regio: {Prefix}_regio; de aanbieders: "
            + $"{Prefix}_aanbieder_aanbieders, {Prefix}_aanbieder_jeugdzorg_veluwe, {Prefix}_aanbieder_samen_sterk. Geef mensen een rol met GRANT, "
            + $"bijvoorbeeld: GRANT {Prefix}_aanbieder_aanbieders TO gebruikersnaam;\n", output);
        foreach (var (login, role) in new[] { (Jan, "aanbieder_samen_sterk"), (Els, "aanbieder_jeugdzorg_veluwe"), (Anna, "regio") })
        {
            _server.CreateLogin(login);
            _server.Psql("postgres", $"GRANT {Prefix}_{role} TO {login}");
        }
        (code, output, error) = CliRunner.Run("import", Path.Combine(Repository.Samples, "metingen.csv"), "--db", Url(Anna));
        Assert.True(code == 0, output + error);
    }

    private string Prefix => "t" + _suffix;
    private string Owner => "bouw_" + _suffix;
    private string Jan => "jan_" + _suffix;
    private string Els => "els_" + _suffix;
    private string Anna => "anna_" + _suffix;

    private string Url(string user) => _server.Url(_database, user);

    [PostgresFact]
    public void A_provider_reads_only_its_own_measurements_in_the_tables_and_through_the_views()
    {
        const string rows = """
            indicator|uitsplitsing|aanbieder|waarde
            klanttevredenheid_jeugdhulp|aanbieder=Samen Sterk|samen_sterk|7.2
            wachttijd_jeugdhulp||samen_sterk|8.5

            """;
        Assert.Equal(rows, PostgresTestKit.Query(_database, "SELECT indicator, uitsplitsing, aanbieder, waarde FROM meting_met_indicator ORDER BY 1", Jan));
        Assert.Equal(2, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting", Jan));
        Assert.Equal(1, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting", Els));
        Assert.Equal(18, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting_met_indicator", Anna));
        // The views that compute from measurements see only the reader's rows too: Els's score is all Els sees.
        Assert.Equal("7.6", PostgresTestKit.Query(_database,
            "SELECT laatste_waarde FROM indicator_status WHERE indicator = 'klanttevredenheid_jeugdhulp'", Els).Split('\n')[1]);
        Assert.Equal("7.4", PostgresTestKit.Query(_database,
            "SELECT laatste_waarde FROM indicator_status WHERE indicator = 'klanttevredenheid_jeugdhulp'", Anna).Split('\n')[1]);
    }

    [PostgresFact]
    public void A_provider_cannot_insert_update_or_delete_another_providers_rows()
    {
        var (code, _, error) = _server.TryPsql(_database, """
            INSERT INTO meting (indicator_id, periode_begin, periode_eind, uitsplitsing, aanbieder, waarde, ingevoerd_op)
            SELECT id, '2025-07-01', '2025-12-31', '', 'jeugdzorg_veluwe', 9, '2026-01-05T10:00:00Z' FROM indicator WHERE sleutel = 'wachttijd_jeugdhulp'
            """, Jan);
        Assert.NotEqual(0, code);
        Assert.Contains("new row violates row-level security policy for table \"meting\"", error);

        // Another provider's rows are not there for an UPDATE: it changes nothing.
        Assert.Equal(0, PostgresTestKit.Count(_database,
            "WITH gewijzigd AS (UPDATE meting SET waarde = 1 WHERE aanbieder = 'jeugdzorg_veluwe' RETURNING id) SELECT COUNT(*) FROM gewijzigd", Jan));
        (code, _, error) = _server.TryPsql(_database, "UPDATE meting SET aanbieder = 'jeugdzorg_veluwe' WHERE aanbieder = 'samen_sterk'", Jan);
        Assert.Contains("permission denied for table meting", error);
        (code, _, error) = _server.TryPsql(_database, "DELETE FROM meting WHERE aanbieder = 'jeugdzorg_veluwe'", Jan);
        Assert.Contains("permission denied for table meting", error);
        (code, _, error) = _server.TryPsql(_database, "UPDATE meting_met_indicator SET waarde = 1", Jan);
        Assert.Contains("cannot update view \"meting_met_indicator\"", error);
        (code, _, error) = _server.TryPsql(_database, "DELETE FROM meting_correctie", Jan);
        Assert.Contains("permission denied for table meting_correctie", error);

        Assert.Equal(1, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting WHERE aanbieder = 'jeugdzorg_veluwe' AND waarde = 7.6", Anna));
    }

    [PostgresFact]
    public void A_providers_import_takes_only_its_own_rows_and_names_the_others()
    {
        var file = _folder.Write("jan.csv", """
            indicator;periode_begin;periode_eind;uitsplitsing;waarde;aanbieder
            klanttevredenheid_jeugdhulp;2025-07-01;2025-12-31;aanbieder=Samen Sterk;7,4;
            klanttevredenheid_jeugdhulp;2025-07-01;2025-12-31;aanbieder=Jeugdzorg Veluwe;7,9;
            wachttijd_jeugdhulp;2025-07-01;2025-12-31;;7;jeugdzorg_veluwe
            woningontruimingen;2025-01-01;2025-12-31;;8;
            """);
        var (code, output, error) = CliRunner.Run("import", file, "--db", Url(Jan));
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal($"""
            {file}:3: u importeert als aanbieder samen_sterk en mag alleen eigen metingen invoeren; deze regel is van 'jeugdzorg_veluwe'.
            {file}:4: u importeert als aanbieder samen_sterk en mag alleen eigen metingen invoeren; deze regel is van 'jeugdzorg_veluwe'.
            {file}:5: u importeert als aanbieder samen_sterk en mag alleen eigen metingen invoeren; deze regel is van de regio (geen aanbieder).
            kpic: 3 fouten in het CSV-bestand; er is niets geladen. Verbeter de regels en importeer opnieuw.

            """, error);

        // Without the others' lines it loads; an empty 'aanbieder' on wachttijd (two providers) is Jan's own provider.
        file = _folder.Write("jan-eigen.csv", """
            indicator;periode_begin;periode_eind;uitsplitsing;waarde
            klanttevredenheid_jeugdhulp;2025-07-01;2025-12-31;aanbieder=Samen Sterk;7,4
            wachttijd_jeugdhulp;2025-07-01;2025-12-31;;7
            """);
        (code, output, error) = CliRunner.Run("import", file, "--db", Url(Jan));
        Assert.True(code == 0, output + error);
        Assert.Equal(4, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting", Jan));
        Assert.Equal(1, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting", Els));

        // A correction of his own row keeps the old version, which Els cannot see.
        file = _folder.Write("jan-correctie.csv", """
            indicator;periode_begin;periode_eind;uitsplitsing;waarde
            wachttijd_jeugdhulp;2025-07-01;2025-12-31;;6
            """);
        (code, output, error) = CliRunner.Run("import", file, "--db", Url(Jan), "--corrigeer");
        Assert.True(code == 0, output + error);
        Assert.Equal("indicator|aanbieder|oude_waarde|huidige_waarde\nwachttijd_jeugdhulp|samen_sterk|7|6\n\n".Replace("\n\n", "\n"),
            PostgresTestKit.Query(_database, "SELECT indicator, aanbieder, oude_waarde, huidige_waarde FROM correctiegeschiedenis", Jan));
        Assert.Equal(0, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM correctiegeschiedenis", Els));
        Assert.Equal(1, PostgresTestKit.Count(_database, "SELECT COUNT(*) FROM meting_correctie", Anna));
    }

    [PostgresFact]
    public void Only_the_build_role_changes_the_specification()
    {
        foreach (var user in new[] { Jan, Anna })
        {
            foreach (var (sql, refusal) in new[]
            {
                ("DELETE FROM indicator", "permission denied for table indicator"),
                ("UPDATE actor SET soort = 'aanbieder'", "permission denied for table actor"),
                ("INSERT INTO metadata VALUES ('x', 'y')", "permission denied for table metadata"),
                ("ALTER TABLE doel ADD COLUMN x integer", "must be owner of table doel"),
                ("DROP VIEW agenda", "must be owner of view agenda"),
                ("CREATE TABLE eigen (x integer)", "permission denied for schema public"),
            })
            {
                var (code, _, error) = _server.TryPsql(_database, sql, user);
                Assert.True(code != 0 && error.Contains(refusal, StringComparison.Ordinal), $"{user}: {sql}\n{error}");
            }
        }
        var (exit, output, message) = CliRunner.Run("build", Repository.Samples, "-o", Url(Anna));
        Assert.Equal(3, exit);
        Assert.Equal("", output);
        Assert.StartsWith($"kpic: de server staat dit niet toe voor '{Url(Anna)}': ", message);

        // The build role still rebuilds, and every measurement stays.
        (exit, output, message) = CliRunner.Run("build", Repository.Samples, "-o", Url(Owner));
        Assert.True(exit == 0, output + message);
        Assert.Equal($"Database bijgewerkt: {Url(Owner)} (41 indicatoren, 18 metingen bewaard).\n", output);
    }

    public void Dispose() => _folder.Dispose();
}
