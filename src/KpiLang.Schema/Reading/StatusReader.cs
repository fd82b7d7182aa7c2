using Microsoft.Data.Sqlite;

namespace KpiLang.Schema.Reading;

/// <summary>Reads what status and report show, through the documented views only (so the views are what is tested).</summary>
public static class StatusReader
{
    /// <summary>Active indicators grouped by goal, in the order of the specification; indicators without a goal come last.</summary>
    public static IReadOnlyList<GoalSection> ReadSections(SqliteConnection connection, string withoutGoalTitle)
    {
        var goals = ReadGoalTitles(connection);
        var rows = ReadStatuses(connection);
        var sections = goals
            .Select(g => new GoalSection(g.Title, [.. rows.Where(r => r.GoalId == g.Id)]))
            .Where(s => s.Indicators.Count > 0)
            .ToList();
        var orphans = rows.Where(r => r.GoalId is null || goals.All(g => g.Id != r.GoalId)).ToList();
        if (orphans.Count > 0) sections.Add(new GoalSection(withoutGoalTitle, orphans));
        return sections;
    }

    /// <summary>The measured periods of an indicator, oldest first.</summary>
    public static IReadOnlyList<MeasuredPoint> ReadSeries(SqliteConnection connection, long indicatorId)
    {
        using var command = connection.Command("""
            SELECT periode_begin, periode_eind,
                   COALESCE(MAX(CASE WHEN uitsplitsing = '' THEN waarde END), AVG(waarde)), COUNT(*), MAX(status = 'voorlopig')
            FROM meting WHERE indicator_id = $id AND waarde IS NOT NULL
            GROUP BY periode_begin, periode_eind ORDER BY periode_eind, periode_begin
            """);
        command.Parameters.AddWithValue("$id", indicatorId);
        using var reader = command.ExecuteReader();
        var points = new List<MeasuredPoint>();
        while (reader.Read())
            points.Add(new MeasuredPoint(reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetInt32(3), reader.GetInt64(4) == 1));
        return points;
    }

    public static string? ReadMetadata(SqliteConnection connection, string key)
    {
        using var command = connection.Command("SELECT waarde FROM metadata WHERE sleutel = $k");
        command.Parameters.AddWithValue("$k", key);
        return command.ExecuteScalar() as string;
    }

    private static List<(long Id, string Title)> ReadGoalTitles(SqliteConnection connection)
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

    private static List<IndicatorStatus> ReadStatuses(SqliteConnection connection)
    {
        using var command = connection.Command("""
            SELECT s.indicator_id, s.indicator, s.titel, s.doel_id, s.eenheid, s.richting, s.nulmeting, s.nulmeting_datum,
                   s.streefwaarde, s.streefwaarde_tot, s.streefwaarde_omschrijving, s.deadline, s.laatste_waarde, s.laatste_periode_eind, s.status
            FROM indicator_status s JOIN indicator i ON i.id = s.indicator_id
            ORDER BY i.volgorde
            """);
        using var reader = command.ExecuteReader();
        var rows = new List<IndicatorStatus>();
        double? D(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);
        string? S(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        while (reader.Read())
            rows.Add(new IndicatorStatus(reader.GetInt64(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), S(4), S(5), D(6), S(7), D(8), D(9), S(10), S(11), D(12), S(13),
                IndicatorStates.Parse(reader.GetString(14))));
        return rows;
    }

    /// <summary>A number as people read it: decimal comma in Dutch, point in English; a dash when there is none.</summary>
    public static string FormatNumber(double? value, Diagnostics.Language language) =>
        value is { } v ? Diagnostics.NumberText.Format(v, language) : "—";
}
