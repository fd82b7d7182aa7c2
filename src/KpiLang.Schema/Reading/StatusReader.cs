using System.Data.Common;
using System.Globalization;

namespace KpiLang.Schema.Reading;

/// <summary>Reads what status and report show, through the documented views only (so the views are what is tested).</summary>
public static class StatusReader
{
    /// <summary>Active indicators grouped by goal, in the order of the specification; indicators without a goal come last.</summary>
    public static IReadOnlyList<GoalSection> ReadSections(DbConnection connection, string withoutGoalTitle)
    {
        var goals = ReadGoalTitles(connection);
        var forecasts = ReadForecasts(connection);
        var groups = ReadGroupTargets(connection);
        var rows = ReadStatuses(connection)
            .Select(r => r with { Forecasts = forecasts[r.Id].ToList(), Groups = groups[r.Key].ToList() })
            .ToList();
        var sections = goals
            .Select(g => new GoalSection(g.Title, [.. rows.Where(r => r.GoalId == g.Id)]))
            .Where(s => s.Indicators.Count > 0)
            .ToList();
        var orphans = rows.Where(r => r.GoalId is null || goals.All(g => g.Id != r.GoalId)).ToList();
        if (orphans.Count > 0) sections.Add(new GoalSection(withoutGoalTitle, orphans));
        return sections;
    }

    /// <summary>
    /// The latest <paramref name="latest"/> texts of an indicator (measurements without a number), shown oldest first,
    /// the total before the breakdown groups; and how many it has in all. Through the partial index meting_laatste_tekst.
    /// </summary>
    public static (IReadOnlyList<MeasurementRow> Rows, int Total) ReadTexts(DbConnection connection, long indicatorId, int latest) =>
        ReadLatest(connection, indicatorId, latest, "waarde IS NULL AND tekst IS NOT NULL");

    /// <summary>The latest measurements with a number and a remark or explaining text, as <see cref="ReadTexts"/> (index meting_opmerking).</summary>
    public static (IReadOnlyList<MeasurementRow> Rows, int Total) ReadRemarks(DbConnection connection, long indicatorId, int latest) =>
        ReadLatest(connection, indicatorId, latest, "waarde IS NOT NULL AND (opmerking IS NOT NULL OR tekst IS NOT NULL)");

    private static (IReadOnlyList<MeasurementRow> Rows, int Total) ReadLatest(DbConnection connection, long indicatorId, int latest, string which)
    {
        using var command = connection.Command($"""
            SELECT periode_begin, periode_eind, uitsplitsing, waarde, tekst, opmerking, CASE WHEN status = 'voorlopig' THEN 1 ELSE 0 END, COUNT(*) OVER ()
            FROM meting WHERE indicator_id = @id AND {which}
            ORDER BY periode_eind DESC, periode_begin DESC, uitsplitsing <> '' DESC, uitsplitsing DESC
            LIMIT @latest
            """);
        command.With("@id", indicatorId).With("@latest", latest);
        using var reader = command.ExecuteReader();
        var rows = new List<MeasurementRow>();
        var total = 0;
        while (reader.Read())
        {
            rows.Add(new MeasurementRow(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetDouble(3), reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5), Whole(reader, 6) == 1));
            total = (int)Whole(reader, 7);
        }
        rows.Reverse();
        return (rows, total);
    }

    /// <summary>A count or flag: SQLite gives 64-bit integers throughout, PostgreSQL a 32- or 64-bit one by column.</summary>
    private static long Whole(DbDataReader reader, int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>The titles of the organisations in the specification, in the order of the sources.</summary>
    public static IReadOnlyList<string> ReadOrganisations(DbConnection connection)
    {
        using var command = connection.Command("SELECT titel FROM organisatie ORDER BY id");
        using var reader = command.ExecuteReader();
        var titles = new List<string>();
        while (reader.Read()) titles.Add(reader.GetString(0));
        return titles;
    }

    public static string? ReadMetadata(DbConnection connection, string key)
    {
        using var command = connection.Command("SELECT waarde FROM metadata WHERE sleutel = @k");
        command.With("@k", key);
        return command.ExecuteScalar() as string;
    }

    private static ILookup<long, ForecastRow> ReadForecasts(DbConnection connection)
    {
        using var command = connection.Command("SELECT indicator_id, COALESCE(CAST(jaar AS TEXT), datum), waarde, eenheid FROM raming ORDER BY indicator_id, volgnummer");
        using var reader = command.ExecuteReader();
        var rows = new List<(long Id, ForecastRow Row)>();
        while (reader.Read())
            rows.Add((reader.GetInt64(0), new ForecastRow(reader.IsDBNull(1) ? "" : reader.GetString(1), reader.GetDouble(2),
                reader.IsDBNull(3) ? null : reader.GetString(3))));
        return rows.ToLookup(r => r.Id, r => r.Row);
    }

    private static ILookup<string, GroupTargetRow> ReadGroupTargets(DbConnection connection)
    {
        using var command = connection.Command(
            "SELECT indicator, groep, streefwaarde_omschrijving, laatste_waarde, laatste_periode_eind, status FROM groep_status ORDER BY indicator, groep");
        using var reader = command.ExecuteReader();
        var rows = new List<(string Key, GroupTargetRow Row)>();
        while (reader.Read())
            rows.Add((reader.GetString(0), new GroupTargetRow(reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetDouble(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetString(5))));
        return rows.ToLookup(r => r.Key, r => r.Row, StringComparer.Ordinal);
    }

    private static List<(long Id, string Title)> ReadGoalTitles(DbConnection connection)
    {
        using var command = connection.Command("SELECT id, titel, bovenliggend_doel_id FROM doel ORDER BY volgorde");
        using var reader = command.ExecuteReader();
        var goals = new List<(long Id, string Title, long? Parent)>();
        while (reader.Read()) goals.Add((reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetInt64(2)));
        var byId = goals.ToDictionary(g => g.Id);
        string Path((long Id, string Title, long? Parent) goal) =>
            goal.Parent is { } parent && byId.TryGetValue(parent, out var p) ? $"{Path(p)} › {goal.Title}" : goal.Title;
        return [.. goals.Select(g => (g.Id, Path(g)))];
    }

    private static List<IndicatorStatus> ReadStatuses(DbConnection connection)
    {
        using var command = connection.Command("""
            SELECT s.indicator_id, s.indicator, s.titel, s.doel_id, i.soort, i.schaal_min, i.schaal_max, s.eenheid, s.richting,
                   s.nulmeting, s.nulmeting_datum, s.streefwaarde, s.streefwaarde_tot, s.streefwaarde_omschrijving, s.deadline,
                   s.laatste_waarde, s.laatste_periode_eind, t.periode_eind, t.uitsplitsing, t.tekst, t.aantal_teksten, s.status, s.code
            FROM indicator_status s
            JOIN indicator i ON i.id = s.indicator_id
            LEFT JOIN laatste_tekst t ON t.indicator_id = s.indicator_id
            ORDER BY i.volgorde
            """);
        using var reader = command.ExecuteReader();
        var rows = new List<IndicatorStatus>();
        double? D(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
        string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        while (reader.Read())
        {
            var text = reader.IsDBNull(17) ? null : new LatestText(reader.GetString(17), reader.GetString(18), reader.GetString(19), (int)Whole(reader, 20));
            var state = IndicatorStates.Parse(reader.GetString(21));
            // The view counts numbers only ('geen data' for a qualitative indicator); a text is what such an indicator reports.
            if (state == IndicatorState.NoData && text is not null) state = IndicatorState.Told;
            rows.Add(new IndicatorStatus(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), S(4), D(5), D(6), S(7), S(8), D(9), S(10), D(11), D(12), S(13), S(14),
                D(15), S(16), text, state) { Code = S(22) });
        }
        return rows;
    }
}
