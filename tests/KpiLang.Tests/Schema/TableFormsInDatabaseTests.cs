using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>What indicator tables say reaches the database as said, read back through the sqlite3 shell.</summary>
public class TableFormsInDatabaseTests
{
    private const string Spec = """
        actor team_werk "Team Werk" { niveau: uitvoering beïnvloedt: uitstroom }
        actor raad "Gemeenteraad" { niveau: strategisch }
        indicator uitstroom "Percentage uitstroom naar werk" {
            code: "BBV 6.1"
            soort: percentage
            uitsplitsing: regeling
            eigenaar: team_werk
            betrokken: raad
            norm: binnen 8 weken na "de melding"
            raming: 45 in 2025
            streefwaarde: 64,3 in 2026
            streefwaarde: minimaal 60 % voor jongeren in 2026
            streefwaarde: minimaal 30 % voor Participatiewet in 2026
            streefwaarde: toename eind 2026
        }
        kengetal halt "Verwijzingen Halt" { soort: aantal per 10.000 jongeren }
        """;

    /// <summary>Builds <see cref="Spec"/> into a new database in the folder, asserting the build succeeded.</summary>
    private static string BuildSpec(TempFolder folder)
    {
        var spec = folder.Write("spec.kpi", Spec);
        var database = Path.Combine(folder.Path, "kpi.sqlite");
        var (code, output, error) = CliRunner.Run("build", spec, "-o", database);
        Assert.True(code == 0, output + error);
        return database;
    }

    [Fact]
    public void Codes_forecasts_groups_and_unstated_comparisons_are_stored_as_written()
    {
        using var folder = new TempFolder();
        var database = BuildSpec(folder);

        Assert.Equal("uitstroom|BBV 6.1|0|||8.0|weken|de melding\nhalt||1|10000.0|jongeren|||\n", SqliteShell.Query(database,
            "SELECT sleutel, code, kengetal, per_aantal, per_populatie, norm_binnen, norm_eenheid, norm_na FROM indicator ORDER BY id;"));
        Assert.Equal("""
            onbepaald|onbepaald|0||64.3
            minimaal|geschreven|0|jongeren|60.0
            minimaal|geschreven|0|Participatiewet|30.0
            meer_dan|geschreven|1||

            """.Replace("\r", ""), SqliteShell.Query(database,
            "SELECT vergelijking, herkomst, alleen_richting, groep, waarde FROM streefwaarde ORDER BY volgnummer;"));
        Assert.Equal("uitstroom|2025|45.0\n", SqliteShell.Query(database, "SELECT indicator, jaar, waarde FROM raming_met_indicator;"));
        Assert.Equal("raad\n", SqliteShell.Query(database,
            "SELECT a.naam FROM betrokkene b JOIN actor a ON a.id = b.actor_id JOIN indicator i ON i.id = b.indicator_id;"));
    }

    [Fact]
    public void Each_group_is_compared_with_its_own_target_and_the_whole_with_none_it_cannot_read()
    {
        using var folder = new TempFolder();
        var database = BuildSpec(folder);
        SchemaTestKit.Import(folder, database, """
            indicator;periode_begin;periode_eind;uitsplitsing;waarde
            uitstroom;2025-01-01;2025-12-31;jongeren;62
            uitstroom;2025-01-01;2025-12-31;Participatiewet;25
            uitstroom;2025-01-01;2025-12-31;;50
            """);

        Assert.Equal("jongeren|gehaald\nParticipatiewet|niet gehaald\n",
            SqliteShell.Query(database, "SELECT groep, status FROM groep_status ORDER BY streefwaarde DESC;").Replace("\r", ""));
        // The whole has only a bare 64,3 without 'richting:' and a direction: nothing to compare 50 with, so no verdict.
        Assert.Equal("uitstroom|geen streefwaarde\n", SqliteShell.Query(database, "SELECT indicator, status FROM indicator_status WHERE indicator = 'uitstroom';"));
    }

    [Fact]
    public void A_rate_is_computed_from_numerator_and_denominator_and_a_value_that_does_not_fit_is_refused_naming_the_line()
    {
        using var folder = new TempFolder();
        var spec = folder.Write("spec.kpi", """
            indicator maatwerk "Cliënten met een maatwerkarrangement Wmo" { soort: aantal per 1.000 inwoners }
            """);
        var database = Path.Combine(folder.Path, "kpi.sqlite");
        Assert.Equal(0, CliRunner.Run("build", spec, "-o", database).ExitCode);

        SchemaTestKit.Import(folder, database, """
            indicator;periode_begin;periode_eind;teller;noemer
            maatwerk;2024-01-01;2024-12-31;2.480;40.000
            """);
        Assert.Equal("62.0\n", SqliteShell.Query(database, "SELECT waarde FROM meting;"));

        var bad = folder.Write("bad.csv", """
            indicator;periode_begin;periode_eind;waarde;teller;noemer
            maatwerk;2025-01-01;2025-06-30;6,2;2.480;40.000
            """);
        var (code, _, error) = CliRunner.Run("import", bad, "--db", database);
        Assert.NotEqual(0, code);
        Assert.Contains("bad.csv:2: waarde 6,2 klopt niet met teller/noemer: dat is 62 per 1000 inwoners.", error);
    }

    [Fact]
    public void Status_and_report_carry_the_code_the_group_targets_and_the_forecasts_as_forecasts()
    {
        using var folder = new TempFolder();
        var database = BuildSpec(folder);
        SchemaTestKit.Import(folder, database, """
            indicator;periode_begin;periode_eind;uitsplitsing;waarde
            uitstroom;2025-01-01;2025-12-31;jongeren;62,5
            """);

        var (code, status, _) = CliRunner.Run("status", "--db", database);
        Assert.Equal(0, code);
        Assert.Contains("uitstroom [BBV 6.1]", status);
        Assert.Contains("↳ jongeren: ✔ gehaald, 62,5 % (t/m 2025-12-31); streefwaarde minimaal 60 % voor jongeren", status);
        Assert.Contains("↳ Participatiewet: · geen data, —", status);
        Assert.Contains("raming (geen streefwaarde): 2025 45 %", status);

        var report = Path.Combine(folder.Path, "rapport.html");
        Assert.Equal(0, CliRunner.Run("report", "--db", database, "-o", report).ExitCode);
        var html = File.ReadAllText(report);
        Assert.Contains("<span class=\"code\">BBV 6.1</span>", html);
        Assert.Contains("<td>jongeren</td><td>minimaal 60 % voor jongeren</td><td>62,5 % (2025-12-31)</td><td>gehaald</td>", html);
        Assert.Contains("Raming (geen streefwaarde): 2025 45 %", html);
    }
}
