using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>What a row may say: no future periods, a remark column kept with the measurement, unknown columns named
/// in one message, and a flood of errors cut after a set number.</summary>
public class ImportRowRulesTests
{
    [Fact]
    public void A_period_that_starts_after_today_is_refused_naming_the_line()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var today = DateOnly.FromDateTime(DateTime.Now);
        var tomorrow = today.AddDays(1).ToString("yyyy-MM-dd");
        var file = folder.Write("m.csv", $"""
            indicator;periode_begin;periode_eind;uitsplitsing;waarde
            aantal_overleggen;{today:yyyy-MM-dd};{today:yyyy-MM-dd};Noord;1
            aantal_overleggen;2056-01-01;2056-12-31;Noord;8
            aantal_overleggen;{tomorrow};{tomorrow};Zuid;2
            """);
        var (code, _, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        Assert.Contains($"{file}:3: de periode begint op 2056-01-01, na vandaag ({today:yyyy-MM-dd}); een meting gaat over wat al gebeurd is. Controleer het jaartal.", error);
        Assert.Contains($"{file}:4: de periode begint op {tomorrow}, na vandaag", error);
        Assert.DoesNotContain($"{file}:2:", error);
        Assert.Equal("0\n", SqliteShell.Query(database, "SELECT COUNT(*) FROM meting;"));
        Assert.Contains($"{file}:3: the period starts on 2056-01-01, after today", CliRunner.Run("import", file, "--db", database, "--lang", "en").Error);
    }

    [Theory]
    [InlineData("opmerking")]
    [InlineData("toelichting")]
    [InlineData("Toelichting")]
    public void A_remark_column_is_kept_with_the_measurement(string column)
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var file = folder.Write("m.csv", $"""
            indicator;periode_begin;periode_eind;uitsplitsing;waarde;{column}
            aantal_overleggen;2024-01-01;2024-12-31;Noord;8;twee overleggen vielen uit door de zomer
            aantal_overleggen;2024-01-01;2024-12-31;Zuid;6;
            """);
        var (code, output, error) = CliRunner.Run("import", file, "--db", database);
        Assert.True(code == 0, output + error);
        Assert.Equal("Noord|8.0|twee overleggen vielen uit door de zomer\nZuid|6.0|\n",
            SqliteShell.Query(database, "SELECT uitsplitsing, waarde, opmerking FROM meting_met_indicator ORDER BY uitsplitsing;"));
    }

    [Fact]
    public void Unknown_columns_are_named_in_one_message()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var file = folder.Write("m.csv", "indicator;periode_begin;periode_eind;wijk;waarde;jaar\naantal_overleggen;2024-01-01;2024-12-31;Noord;8;2024\n");
        var (code, _, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        Assert.Equal($"""
            {file}:1: onbekende kolommen 'wijk', 'jaar'; hernoem of verwijder ze. Toegestaan zijn: indicator, periode_begin, periode_eind, uitsplitsing, waarde, teller, noemer, tekst, eenheid, bron, status, ingevoerd_door, opmerking, aanbieder, toelichting.
            kpic: 1 fout in het CSV-bestand; er is niets geladen. Verbeter de regels en importeer opnieuw.

            """, error.ReplaceLineEndings("\n"));
        var both = folder.Write("twee.csv", "indicator;periode_begin;periode_eind;opmerking;toelichting\n");
        Assert.Contains("twee.csv:1: 'opmerking' en 'toelichting' zijn dezelfde kolom; houd er één.", CliRunner.Run("import", both, "--db", database).Error);
    }

    [Fact]
    public void At_most_twenty_errors_are_printed_then_how_many_more()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var lines = Enumerable.Range(1, 1000).Select(i => $"aantal_overleggen;01-01-{1000 + i};31-12-{1000 + i};Noord;8");
        var file = folder.Write("m.csv", "indicator;periode_begin;periode_eind;uitsplitsing;waarde\n" + string.Join('\n', lines) + "\n");
        var (code, _, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        var printed = error.ReplaceLineEndings("\n").Split('\n');
        // Two errors per line (both dates): lines 2 to 11 fill the twenty.
        Assert.Equal(20, printed.Count(l => l.StartsWith(file + ":", StringComparison.Ordinal)));
        Assert.Equal($"{file}:11: 'periode_eind' is '31-12-1010', geen datum; schrijf jjjj-mm-dd.", printed[19]);
        Assert.Equal("… en 1980 fouten meer.", printed[20]);
        Assert.Equal("kpic: 2000 fouten in het CSV-bestand; er is niets geladen. Verbeter de regels en importeer opnieuw.", printed[21]);
        Assert.Contains("… and 1980 more errors.", CliRunner.Run("import", file, "--db", database, "--lang", "en").Error);
    }
}
