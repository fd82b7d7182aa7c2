using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>
/// Numbers in a CSV are read by the language's Dutch rule (',' decimal, '.' thousands in threes), or by the English
/// one under --getallen en; a value is stored as the user meant it or refused with what to write.
/// </summary>
public class ImportNumberTests
{
    [Fact]
    public void Dutch_thousands_and_decimal_commas_are_stored_as_meant()
    {
        var (folder, database) = SchemaTestKit.BuildSample("nijmegen");
        using var _ = folder;
        var file = folder.Write("metingen.csv", """
            indicator;periode_begin;periode_eind;waarde;teller;noemer
            woningontruimingen;2024-01-01;2024-12-31;1.100;;
            slagingspercentage_minnelijk;2024-01-01;2024-12-31;64,3;;
            slagingspercentage_minnelijk;2025-01-01;2025-06-30;;1.286;2.000
            """);
        var (code, output, error) = CliRunner.Run("import", file, "--db", database);
        Assert.True(code == 0, output + error);
        Assert.Equal("3 metingen geladen in " + database + ".\n", output.ReplaceLineEndings("\n"));
        Assert.Equal("""
            woningontruimingen|2024-12-31|1100.0||
            slagingspercentage_minnelijk|2024-12-31|64.3||
            slagingspercentage_minnelijk|2025-06-30|64.3|1286.0|2000.0

            """, SqliteShell.Query(database, "SELECT indicator, periode_eind, waarde, teller, noemer FROM meting_met_indicator ORDER BY meting_id;"));
    }

    [Fact]
    public void A_point_that_cannot_group_thousands_is_refused_naming_the_line_and_what_to_write()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var file = folder.Write("metingen.csv", """
            indicator;periode_begin;periode_eind;uitsplitsing;waarde
            aantal_overleggen;2024-01-01;2024-12-31;Noord;8
            waardering_overleggen;2025-01-01;2025-06-30;;7.5
            """);
        var (code, output, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal($"""
            {file}:3: 'waarde' is '7.5', geen getal in Nederlandse schrijfwijze: de komma is het decimaalteken en een punt scheidt alleen duizendtallen; schrijf 7,5.
            kpic: komt het bestand uit een Engelstalig programma (7.5 met een decimaalpunt, 1,100 voor duizendhonderd)? Importeer dan met --getallen en.
            kpic: 1 fout in het CSV-bestand; er is niets geladen. Verbeter de regels en importeer opnieuw.

            """, error.ReplaceLineEndings("\n"));
        Assert.Equal("0\n", SqliteShell.Query(database, "SELECT COUNT(*) FROM meting;"));

        var english = CliRunner.Run("import", file, "--db", database, "--lang", "en");
        Assert.Contains($"{file}:3: 'waarde' is '7.5', not a number in Dutch notation: the comma is the decimal sign and a point only separates thousands; write 7,5.", english.Error);
        Assert.Contains("Then import with --numbers en.", english.Error);
    }

    [Theory]
    [InlineData("--getallen")]
    [InlineData("--numbers")]
    public void English_numbers_on_request(string option)
    {
        var (folder, database) = SchemaTestKit.BuildSample("nijmegen");
        using var _ = folder;
        var file = folder.Write("export.csv", """
            indicator,periode_begin,periode_eind,waarde
            woningontruimingen,2024-01-01,2024-12-31,"1,100"
            slagingspercentage_minnelijk,2024-01-01,2024-12-31,7.5
            """);
        var (code, output, error) = CliRunner.Run("import", file, "--db", database, option, "en");
        Assert.True(code == 0, output + error);
        Assert.Equal("1100.0\n7.5\n", SqliteShell.Query(database, "SELECT waarde FROM meting ORDER BY id;"));
    }

    [Fact]
    public void Under_english_numbers_a_decimal_comma_is_refused_with_the_english_spelling()
    {
        var (folder, database) = SchemaTestKit.BuildSample("nijmegen");
        using var _ = folder;
        var file = folder.Write("export.csv", "indicator;periode_begin;periode_eind;waarde\nslagingspercentage_minnelijk;2024-01-01;2024-12-31;64,3\n");
        var (code, _, error) = CliRunner.Run("import", file, "--db", database, "--getallen", "en");
        Assert.Equal(1, code);
        Assert.Contains($"{file}:2: 'waarde' is '64,3', geen getal in Engelse schrijfwijze: de punt is hier het decimaalteken en een komma scheidt alleen duizendtallen; schrijf 64.3.", error);
        Assert.Contains("Importeer dan zonder --getallen en.", error);
        Assert.Equal(2, CliRunner.Run("import", file, "--db", database, "--getallen", "fr").ExitCode);
    }

    [Fact]
    public void Values_in_messages_are_echoed_as_written_and_bounds_in_the_readers_notation()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var file = folder.Write("m.csv", "indicator;periode_begin;periode_eind;waarde\nwaardering_overleggen;2025-01-01;2025-06-30;10,5\n");
        Assert.Contains("m.csv:2: waarde 10,5 ligt buiten de schaal 1..10 van de indicator.", CliRunner.Run("import", file, "--db", database).Error);
        Assert.Contains("m.csv:2: value 10,5 lies outside the indicator's scale 1..10.", CliRunner.Run("import", file, "--db", database, "--lang", "en").Error);
    }
}
