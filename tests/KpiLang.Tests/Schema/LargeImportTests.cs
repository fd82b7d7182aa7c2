using System.Globalization;
using System.Text;
using KpiLang.Schema.Import;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>
/// A large file takes the bulk path (rollback journal, the indexes of 'meting' rebuilt after the rows): what a user
/// sees must not change. All or nothing, the failing line named, the indexes and WAL mode as they were, every row
/// with its own values, and a second import of the same rows refused row by row.
/// </summary>
public class LargeImportTests
{
    private static readonly int Rows = BulkLoad.MinimumRows + 1_000;

    /// <summary>Days of waardering_overleggen and aantal_overleggen per wijk, from 1900 on; line 2 is the first row.</summary>
    private static string Csv(int? brokenLine = null, string broken = "")
    {
        var csv = new StringBuilder("indicator;periode_begin;periode_eind;uitsplitsing;waarde\n");
        var first = new DateOnly(1900, 1, 1);
        for (var i = 0; i < Rows; i++)
        {
            var day = first.AddDays(i / 3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var (indicator, group) = (i % 3) switch { 0 => ("waardering_overleggen", ""), 1 => ("aantal_overleggen", "Noord"), _ => ("aantal_overleggen", "Zuid") };
            var value = (1 + i % 9).ToString(CultureInfo.InvariantCulture);
            csv.Append(i + 2 == brokenLine ? broken + "\n" : $"{indicator};{day};{day};{group};{value}\n");
        }
        return csv.ToString();
    }

    private static string Indexes(string database) =>
        (string)SchemaTestKit.Scalar(database, "SELECT group_concat(name || ':' || sql, ' | ') FROM (SELECT name, sql FROM sqlite_master WHERE tbl_name = 'meting' AND type = 'index' AND sql IS NOT NULL ORDER BY name)")!;

    [Fact]
    public void A_large_file_loads_every_row_and_leaves_indexes_and_wal_mode_as_they_were()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var indexes = Indexes(database);
        var file = folder.Write("groot.csv", Csv());

        var (code, output, error) = CliRunner.Run("import", file, "--db", database);

        Assert.True(code == 0, output + error);
        Assert.Equal((long)Rows, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM meting"));
        Assert.Equal(indexes, Indexes(database));
        Assert.Equal("wal", SchemaTestKit.Scalar(database, "PRAGMA journal_mode"));
        Assert.Equal("ok", SchemaTestKit.Scalar(database, "PRAGMA integrity_check"));
        // Row 10,002 of the file: aantal_overleggen for Zuid on day 3,333 (1909-02-16), value 1 + 10,001 % 9.
        Assert.Equal(3.0, SchemaTestKit.Scalar(database,
            "SELECT waarde FROM meting m JOIN indicator i ON i.id = m.indicator_id WHERE i.sleutel = 'aantal_overleggen' AND uitsplitsing = 'Zuid' AND periode_eind = '1909-02-16'"));

        var again = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"{file}:2: ", again.Error);
        Assert.Equal((long)Rows, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM meting"));
    }

    /// <summary>
    /// The bulk path lets SQLite skip the CHECK constraints and the foreign key of 'meting' because the importer checks
    /// every row first: each row that would break one must still be refused, with its line.
    /// </summary>
    [Theory]
    [InlineData("waardering_overleggen;1990-01-01;1990-01-01;;veel")]           // not a number
    [InlineData("waardering_overleggen;1990-02-30;1990-02-30;;7")]             // no such date
    [InlineData("waardering_overleggen;1990-1-5;1990-1-5;;7")]                 // not yyyy-MM-dd
    [InlineData("waardering_overleggen;1990-03-01;1990-02-01;;7")]             // ends before it begins
    [InlineData("waardering_overleggen;1990-01-01;1990-01-01;;")]              // neither number nor text
    [InlineData("bestaat_niet;1990-01-01;1990-01-01;;7")]                      // no such indicator
    public void One_wrong_line_in_a_large_file_loads_nothing_and_names_that_line(string broken)
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var indexes = Indexes(database);
        var file = folder.Write("groot.csv", Csv(brokenLine: 40_000, broken));

        var (code, output, error) = CliRunner.Run("import", file, "--db", database);

        Assert.Equal(1, code);
        Assert.Contains($"{file}:40000: ", error);
        Assert.Contains("er is niets geladen", error);
        Assert.Equal(0L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM meting"));
        Assert.Equal(indexes, Indexes(database));
        Assert.Equal("wal", SchemaTestKit.Scalar(database, "PRAGMA journal_mode"));
        Assert.False(File.Exists(database + "-journal"), "no rollback journal left beside the database");
    }
}
