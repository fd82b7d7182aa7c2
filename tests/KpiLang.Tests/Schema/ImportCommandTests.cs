using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

public class ImportCommandTests
{
    [Fact]
    public void A_valid_file_loads_every_row_with_decimal_commas_and_fractions()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var file = folder.Write("metingen.csv", """
            indicator;periode_begin;periode_eind;uitsplitsing;waarde;status;ingevoerd_door
            aantal_overleggen;2024-01-01;2024-12-31;Noord;8;definitief;Fatima
            aantal_overleggen;2024-01-01;2024-12-31;wijkverband=Zuid;6;;
            waardering_overleggen;2025-01-01;2025-06-30;;7,2;voorlopig;
            ervaren_samenhang;2025-01-01;2025-06-30;Noord;"Inwoners zeggen: ""eindelijk één loket""; dat is winst";;
            """);
        var (code, output, error) = CliRunner.Run("import", file, "--db", database);
        Assert.True(code == 0, output + error);
        Assert.Contains("4 metingen geladen", output);
        Assert.Equal(7.2, SchemaTestKit.Scalar(database, "SELECT waarde FROM meting_met_indicator WHERE indicator = 'waardering_overleggen'"));
        Assert.Equal("voorlopig", SchemaTestKit.Scalar(database, "SELECT status FROM meting WHERE waarde = 7.2"));
        Assert.Equal("Inwoners zeggen: \"eindelijk één loket\"; dat is winst", SchemaTestKit.Scalar(database, "SELECT tekst FROM meting WHERE tekst IS NOT NULL"));
    }

    [Fact]
    public void One_bad_row_loads_nothing_and_names_its_line()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var file = folder.Write("metingen.csv", """
            indicator,periode_begin,periode_eind,uitsplitsing,waarde
            aantal_overleggen,2024-01-01,2024-12-31,Noord,8
            aantal_overleggen,2024-01-01,2024-12-31,Zuid,6
            waardering_overleggen,2025-01-01,2025-06-30,,12
            diversiteit_disciplines,2025-01-01,2025-06-30,Noord,4
            """);
        var (code, _, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        Assert.Contains("metingen.csv:4: waarde 12 ligt buiten de schaal 1..10 van de indicator.", error);
        Assert.DoesNotContain(":2:", error);
        Assert.Contains("er is niets geladen", error);
        Assert.Equal(0L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM meting"));

        var (_, _, english) = CliRunner.Run("import", file, "--db", database, "--lang", "en");
        Assert.Contains("metingen.csv:4: value 12 lies outside the indicator's scale 1..10.", english);
    }

    [Theory]
    [InlineData("onbekend,2024-01-01,2024-12-31,,1", "staat niet in de database")]
    [InlineData("aantal_overleggen,2024-13-01,2024-12-31,,1", "geen datum")]
    [InlineData("aantal_overleggen,2024-12-31,2024-01-01,,1", "begint (2024-12-31) na het einde")]
    [InlineData("aantal_overleggen,2024-01-01,2024-12-31,,-3", "negatief")]
    [InlineData("aantal_overleggen,2024-01-01,2024-12-31,,veel", "geen getal")]
    [InlineData("aantal_overleggen,2024-01-01,2024-12-31,aanbieder=X,1", "uitsplitsing naar 'aanbieder' is niet gedeclareerd")]
    [InlineData("aantal_overleggen,2024-01-01,2024-12-31,,", "geen waarde")]
    [InlineData("ervaren_samenhang,2024-01-01,2024-12-31,,", "kwalitatief")]
    public void Each_kind_of_bad_value_is_explained(string row, string expected)
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var file = folder.Write("m.csv", "indicator,periode_begin,periode_eind,uitsplitsing,waarde\n" + row + "\n");
        var (code, _, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        Assert.Contains("m.csv:2: ", error);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Percentages_are_checked_for_range_unit_and_fraction()
    {
        using var folder = new TempFolder();
        var spec = SchemaTestKit.CopySample(folder, "nijmegen");
        var database = Path.Combine(folder.Path, "n.sqlite");
        SchemaTestKit.Build(spec, database);
        var file = folder.Write("m.csv", """
            indicator,periode_begin,periode_eind,waarde,teller,noemer,eenheid
            slagingspercentage_minnelijk,2025-01-01,2025-12-31,101,,,
            slagingspercentage_minnelijk,2024-01-01,2024-12-31,80,45,50,
            slagingspercentage_minnelijk,2023-01-01,2023-12-31,90,,,euro
            slagingspercentage_minnelijk,2022-01-01,2022-12-31,,45,50,%
            """);
        var (code, _, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        Assert.Contains("m.csv:2: waarde 101 ligt niet tussen 0 en 100", error);
        Assert.Contains("m.csv:3: waarde 80 klopt niet met teller/noemer (90 %)", error);
        Assert.Contains("m.csv:4: eenheid 'euro' past niet", error);
        Assert.DoesNotContain("m.csv:5", error);
    }

    [Fact]
    public void Measurements_are_never_overwritten_nor_entered_twice()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        const string csv = "indicator,periode_begin,periode_eind,uitsplitsing,waarde\naantal_overleggen,2024-01-01,2024-12-31,Noord,8\n";
        SchemaTestKit.Import(folder, database, csv);
        var file = folder.Write("opnieuw.csv", csv + "aantal_overleggen,2024-01-01,2024-12-31,Zuid,5\naantal_overleggen,2024-01-01,2024-12-31,Zuid,6\n");
        var (code, _, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        Assert.Contains("opnieuw.csv:2: voor deze indicator, periode en uitsplitsing staat al een meting", error);
        Assert.Contains("opnieuw.csv:4: dezelfde indicator, periode en uitsplitsing staan al op regel 3", error);
        Assert.Equal(1L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM meting"));
    }

    [Fact]
    public void A_bad_header_is_reported_on_line_one()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var file = folder.Write("m.csv", "indicator,begin,periode_eind\n");
        var (code, _, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        Assert.Contains("m.csv:1: onbekende kolom 'begin'", error);
        Assert.Contains("m.csv:1: de kolom 'periode_begin' ontbreekt", error);
    }

    [Fact]
    public void A_quote_left_open_loads_nothing_and_names_the_line_where_it_opened()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var file = folder.Write("m.csv", "indicator;periode_begin;periode_eind;uitsplitsing;tekst\n"
            + "ervaren_samenhang;2025-01-01;2025-06-30;Noord;\"open\nervaren_samenhang;2025-07-01;2025-12-31;Noord;dicht\n");
        var (code, _, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        Assert.Contains("m.csv:2: hier begint een veld met een aanhalingsteken", error);
        Assert.Equal(0L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM meting"));
    }
}
