using System.Globalization;
using System.Text;

namespace KpiLang.Tests.Schema;

/// <summary>
/// laatste_meting and laatste_tekst (migration 006) find each indicator's newest period through an index, so
/// 'kpic status' stays fast on a million measurements. They must pick exactly what the ranking definitions of
/// migrations 003 and 004 picked: here both are compared on mixed data (numbers and texts, totals and groups,
/// periods that end on the same day but start on different days), and neither view may read the whole table.
/// </summary>
public class LatestViewsTests
{
    private const string RankedLatestMeasurement = """
        WITH per_periode AS (
            SELECT indicator_id, periode_begin, periode_eind,
                   COALESCE(MAX(CASE WHEN uitsplitsing = '' THEN waarde END), AVG(waarde)) AS waarde, COUNT(*) AS aantal_rijen
            FROM meting WHERE waarde IS NOT NULL GROUP BY indicator_id, periode_begin, periode_eind
        ), gerangschikt AS (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY indicator_id ORDER BY periode_eind DESC, periode_begin DESC) AS rang FROM per_periode
        )
        SELECT indicator_id, periode_begin, periode_eind, waarde, aantal_rijen FROM gerangschikt WHERE rang = 1 ORDER BY indicator_id
        """;

    private const string RankedLatestText = """
        WITH gerangschikt AS (
            SELECT indicator_id, periode_begin, periode_eind, uitsplitsing, tekst, status,
                   COUNT(*) OVER (PARTITION BY indicator_id, periode_begin, periode_eind) AS aantal_teksten,
                   ROW_NUMBER() OVER (PARTITION BY indicator_id ORDER BY periode_eind DESC, periode_begin DESC, uitsplitsing <> '', uitsplitsing) AS rang
            FROM meting WHERE waarde IS NULL AND tekst IS NOT NULL
        )
        SELECT indicator_id, periode_begin, periode_eind, uitsplitsing, tekst, status, aantal_teksten FROM gerangschikt WHERE rang = 1 ORDER BY indicator_id
        """;

    [Fact]
    public void The_indexed_views_pick_what_ranking_every_measurement_picked()
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var indicators = SchemaTestKit.Query(database, "SELECT id FROM indicator").Select(r => (long)r[0]!).ToArray();
        var random = new Random(7);
        var sql = new StringBuilder("INSERT OR IGNORE INTO meting (indicator_id, periode_begin, periode_eind, uitsplitsing, waarde, tekst, status, ingevoerd_op) VALUES ");
        for (var i = 0; i < 600; i++)
        {
            var end = new DateOnly(2024, 1, 1).AddDays(random.Next(40));
            var begin = end.AddDays(-random.Next(3));
            var group = new[] { "", "", "Noord", "Zuid", "wijk=Oost" }[random.Next(5)];
            var isText = random.Next(3) == 0;
            sql.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? "," : "")}({indicators[random.Next(indicators.Length)]}, '{begin:yyyy-MM-dd}', '{end:yyyy-MM-dd}', '{group}', ")
               .Append(isText ? "NULL, 'tekst " + i + "'" : random.Next(1, 10) + ", NULL")
               .Append(random.Next(2) == 0 ? ", 'voorlopig'" : ", 'definitief'").Append(", '2025-01-01T00:00:00Z')");
        }
        SchemaTestKit.Execute(database, sql.ToString());

        Assert.Equal(Rows(database, RankedLatestMeasurement), Rows(database, "SELECT * FROM laatste_meting ORDER BY indicator_id"));
        Assert.Equal(Rows(database, RankedLatestText), Rows(database, "SELECT * FROM laatste_tekst ORDER BY indicator_id"));
        Assert.NotEmpty(Rows(database, "SELECT * FROM laatste_tekst"));
    }

    [Theory]
    [InlineData("laatste_meting")]
    [InlineData("laatste_tekst")]
    [InlineData("indicator_status")]
    public void A_latest_view_goes_from_each_indicator_to_its_newest_rows_and_never_reads_every_measurement(string view)
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        using var _ = folder;
        var plan = Rows(database, $"EXPLAIN QUERY PLAN SELECT * FROM {view}").Select(r => r.Split('|')[^1]).ToList();
        Assert.DoesNotContain(plan, step => step.Contains("SCAN m", StringComparison.Ordinal) && !step.Contains("INDEX", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN meting", StringComparison.Ordinal));
        Assert.Contains(plan, step => step.Contains("USING INDEX meting_laatste_", StringComparison.Ordinal) && step.Contains("indicator_id=?", StringComparison.Ordinal));
    }

    private static List<string> Rows(string database, string sql) =>
        [.. SchemaTestKit.Query(database, sql).Select(r => string.Join('|', r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))))];
}
