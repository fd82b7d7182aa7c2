using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KpiLang.Schema.Reading;

/// <summary>
/// The chart points of every indicator in one pass over the numeric measurements: per indicator, breakdown group and
/// reporting period (<see cref="ReportingPeriod"/>) the average and the count. A report of a million measurements
/// thus holds one point per period and group instead of a point per row, and reading them costs one table scan
/// (SQLite's own API, no string per row) instead of a query and a million objects per indicator.
/// </summary>
public static class PeriodPoints
{
    /// <summary>Most points a line keeps; more (a frequency that does not divide the year, measured daily) become months, then years.</summary>
    public const int MaxPerLine = 120;

    private const string Sql =
        "SELECT indicator_id, uitsplitsing, periode_begin, periode_eind, waarde, CASE WHEN status = 'voorlopig' THEN 1 ELSE 0 END, opmerking "
        + "FROM meting WHERE waarde IS NOT NULL";

    public static Dictionary<long, List<PeriodPoint>> Read(DbConnection connection)
    {
        var months = new Dictionary<long, int?>();
        using (var command = connection.Command("SELECT id, keer_per_jaar FROM indicator"))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) months[reader.GetInt64(0)] = ReportingPeriod.MonthsPer(reader.IsDBNull(1) ? null : reader.GetDouble(1));

        var sums = new Dictionary<(long Indicator, string Breakdown, long Period), Sum>();
        void Add(long indicator, string breakdown, int start, int end, double value, bool provisional, string? comment)
        {
            var key = (indicator, breakdown, ReportingPeriod.Key(months.GetValueOrDefault(indicator), start, end));
            sums.TryGetValue(key, out var sum);
            sums[key] = sum.Add(value, start, end, provisional, comment);
        }
        if (connection is SqliteConnection sqlite) ReadFile(sqlite, Add);
        else ReadServer(connection, Add);

        var points = new Dictionary<long, List<PeriodPoint>>();
        foreach (var ((indicator, group, _), sum) in sums)
        {
            if (!points.TryGetValue(indicator, out var list)) points[indicator] = list = [];
            list.Add(sum.Point(group));
        }
        foreach (var list in points.Values) Coarsen(list);
        return points;
    }

    private delegate void RowSink(long indicator, string breakdown, int start, int end, double value, bool provisional, string? comment);

    /// <summary>SQLite: through its own API on the connection's handle, dates as UTF-8 bytes, no string per row.</summary>
    private static void ReadFile(SqliteConnection connection, RowSink add)
    {
        var db = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, Sql, out var statement), db);
        using (statement)
        {
            var (breakdown, breakdownBytes) = ("", Array.Empty<byte>());
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                var bytes = raw.sqlite3_column_blob(statement, 1);
                if (!bytes.SequenceEqual(breakdownBytes)) (breakdown, breakdownBytes) = (System.Text.Encoding.UTF8.GetString(bytes), bytes.ToArray());
                var comment = raw.sqlite3_column_type(statement, 6) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(statement, 6).utf8_to_string();
                add(raw.sqlite3_column_int64(statement, 0), breakdown, ReportingPeriod.Day(raw.sqlite3_column_blob(statement, 2)),
                    ReportingPeriod.Day(raw.sqlite3_column_blob(statement, 3)), raw.sqlite3_column_double(statement, 4),
                    raw.sqlite3_column_int(statement, 5) == 1, comment);
            }
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    /// <summary>Any other engine: the same rows through its data reader.</summary>
    private static void ReadServer(DbConnection connection, RowSink add)
    {
        using var command = connection.Command(Sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            add(reader.GetInt64(0), reader.GetString(1), ReportingPeriod.Day(System.Text.Encoding.ASCII.GetBytes(reader.GetString(2))),
                ReportingPeriod.Day(System.Text.Encoding.ASCII.GetBytes(reader.GetString(3))), reader.GetDouble(4),
                Convert.ToInt32(reader.GetValue(5), System.Globalization.CultureInfo.InvariantCulture) == 1, reader.IsDBNull(6) ? null : reader.GetString(6));
    }

    /// <summary>A line with more than <see cref="MaxPerLine"/> points is merged into months, and if still too many into years.</summary>
    private static void Coarsen(List<PeriodPoint> points)
    {
        points.Sort(ByPeriod);
        foreach (var months in new[] { 1, 12 })
        {
            if (points.GroupBy(p => p.Breakdown).All(g => g.Count() <= MaxPerLine)) return;
            var merged = points
                .GroupBy(p => (p.Breakdown, Period: ReportingPeriod.Month(ReportingPeriod.Day(System.Text.Encoding.ASCII.GetBytes(p.PeriodEnd))) / months))
                .Select(g => new PeriodPoint(g.Key.Breakdown, g.Min(p => p.PeriodStart)!, g.Max(p => p.PeriodEnd)!,
                    g.Sum(p => p.Value * p.Count) / g.Sum(p => p.Count), g.Sum(p => p.Count), g.Any(p => p.Provisional), null))
                .ToList();
            points.Clear();
            points.AddRange(merged);
            points.Sort(ByPeriod);
        }
    }

    private static int ByPeriod(PeriodPoint a, PeriodPoint b) =>
        string.CompareOrdinal(a.PeriodEnd, b.PeriodEnd) is var c and not 0 ? c : string.CompareOrdinal(a.PeriodStart, b.PeriodStart);

    private readonly record struct Sum(double Total, int Count, int Start, int End, bool Provisional, string? Comment)
    {
        public Sum Add(double value, int start, int end, bool provisional, string? comment) => Count == 0
            ? new(value, 1, start, end, provisional, comment)
            : new(Total + value, Count + 1, Math.Min(Start, start), Math.Max(End, end), Provisional || provisional, null);

        public PeriodPoint Point(string breakdown) =>
            new(breakdown, ReportingPeriod.Text(Start), ReportingPeriod.Text(End), Total / Count, Count, Provisional, Count == 1 ? Comment : null);
    }
}
