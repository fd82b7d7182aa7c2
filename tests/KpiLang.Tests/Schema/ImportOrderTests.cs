using KpiLang.Schema.Import;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>
/// The importer inserts in the order of the UNIQUE index rather than the file's, finds rows the database already holds
/// through that constraint, and streams the CSV: errors must still name the right lines, in line order, and no row
/// may be lost.
/// </summary>
public class ImportOrderTests
{
    [Fact]
    public void Rows_out_of_order_all_load_with_their_own_values()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var file = folder.Write("m.csv", """
            indicator;periode_begin;periode_eind;uitsplitsing;waarde;bron
            waardering_overleggen;2025-07-01;2025-12-31;;8;b1
            aantal_overleggen;2024-07-01;2024-12-31;Zuid;3;b2
            waardering_overleggen;2025-01-01;2025-06-30;;7;b3
            aantal_overleggen;2024-01-01;2024-06-30;Zuid;2;b4
            aantal_overleggen;2024-01-01;2024-06-30;Noord;1;b5
            """);
        var (code, output, error) = CliRunner.Run("import", file, "--db", database);
        Assert.True(code == 0, output + error);
        Assert.Contains("5 metingen geladen", output);
        Assert.Equal(5L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM meting"));
        Assert.Equal("b1 8 b2 3 b3 7 b4 2 b5 1", SchemaTestKit.Scalar(database,
            "SELECT group_concat(bron || ' ' || CAST(waarde AS INTEGER), ' ') FROM (SELECT bron, waarde FROM meting ORDER BY bron)"));
        Assert.Equal("Noord", SchemaTestKit.Scalar(database, "SELECT uitsplitsing FROM meting WHERE bron = 'b5'"));
        Assert.Equal("2024-07-01", SchemaTestKit.Scalar(database, "SELECT periode_begin FROM meting WHERE bron = 'b2'"));
    }

    [Fact]
    public void Every_kind_of_error_is_reported_on_its_line_in_line_order()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        SchemaTestKit.Import(folder, database,
            "indicator,periode_begin,periode_eind,uitsplitsing,waarde\nwaardering_overleggen,2025-01-01,2025-06-30,,7\naantal_overleggen,2024-01-01,2024-12-31,Noord,8\n");
        // Line 2 sorts after the others by indicator; line 8 repeats line 3; lines 7 and 9 are in the database already.
        var file = folder.Write("m.csv", """
            indicator,periode_begin,periode_eind,uitsplitsing,waarde
            waardering_overleggen,2026-01-01,2026-06-30,,12
            aantal_overleggen,2025-01-01,2025-12-31,Zuid,5


            aantal_overleggen,2023-01-01,2023-12-31,Zuid,4
            waardering_overleggen,2025-01-01,2025-06-30,,6
            aantal_overleggen,2025-01-01,2025-12-31,Zuid,6
            aantal_overleggen,2024-01-01,2024-12-31,Noord,9
            """);
        var (code, _, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        var lines = error.Split('\n').Where(l => l.StartsWith(file, StringComparison.Ordinal)).Select(l => l[(file.Length + 1)..].Trim()).ToList();
        Assert.Equal(
        [
            "2: waarde 12 ligt buiten de schaal 1..10 van de indicator.",
            "7: voor deze indicator, periode en uitsplitsing staat al een meting in de database; metingen worden nooit stil overschreven. "
                + "Wil je hem verbeteren, importeer dan met --corrigeer (de vorige versie blijft bewaard).",
            "8: dezelfde indicator, periode en uitsplitsing staan al op regel 3.",
            "9: voor deze indicator, periode en uitsplitsing staat al een meting in de database; metingen worden nooit stil overschreven. "
                + "Wil je hem verbeteren, importeer dan met --corrigeer (de vorige versie blijft bewaard).",
        ], lines);
        Assert.Contains("er is niets geladen", error);
        Assert.Equal(2L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM meting"));
    }

    [Fact]
    public void A_repeated_row_is_a_duplicate_of_the_first_valid_one()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var file = folder.Write("m.csv", """
            indicator,periode_begin,periode_eind,uitsplitsing,waarde
            aantal_overleggen,2024-01-01,2024-12-31,Noord,-1
            aantal_overleggen,2024-01-01,2024-12-31,Noord,2
            aantal_overleggen,2024-01-01,2024-12-31,Noord,3
            aantal_overleggen,2024-01-01,2024-12-31,Noord,4
            """);
        var (code, _, error) = CliRunner.Run("import", file, "--db", database, "--lang", "en");
        Assert.Equal(1, code);
        Assert.Contains("m.csv:2: value -1 is negative", error);
        Assert.DoesNotContain("m.csv:3:", error);
        Assert.Contains("m.csv:4: the same indicator, period and breakdown are already on line 3.", error);
        Assert.Contains("m.csv:5: the same indicator, period and breakdown are already on line 3.", error);
        Assert.Equal(0L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM meting"));
    }

    [Fact]
    public void A_large_file_reports_errors_near_start_middle_and_end_on_their_own_lines()
    {
        // 40,000 rows (over 1 MB): errors near the start, the middle and the end, and a repeat of a line near the
        // start at the very end, must all name their own lines after the rows were sorted for inserting.
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var lines = new List<string> { "indicator;periode_begin;periode_eind;uitsplitsing;waarde;bron" };
        var start = new DateOnly(1900, 1, 1);
        for (var i = 0; i < 40_000; i++)
        {
            var day = start.AddDays(i).ToString("yyyy-MM-dd");
            lines.Add($"aantal_overleggen;{day};{day};Noord;{i % 50};bron-met-wat-tekst-{i}");
        }
        var middle = lines.Count / 2;
        lines[2] = "aantal_overleggen;1900-01-02;1900-01-02;Noord;-1;fout-begin";
        lines[middle] = "waardering_overleggen;2025-01-01;2025-06-30;;99;fout-midden";
        lines[^1] = lines[10].Replace("bron-met", "herhaling", StringComparison.Ordinal);
        var file = folder.Write("groot.csv", string.Join('\n', lines) + "\n");
        Assert.True(new FileInfo(file).Length > 1 << 20);

        var (code, output, error) = CliRunner.Run("import", file, "--db", database);

        Assert.NotEqual(0, code);
        var reported = (output + error).Split('\n').Select(l => System.Text.RegularExpressions.Regex.Match(l, @"groot\.csv:(\d+):"))
            .Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal([3, middle + 1, lines.Count], reported);
        Assert.Contains("regel 11", output + error);
        Assert.Equal(0L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM meting"));
    }
}
