using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KpiLang.Schema.Import;

/// <summary>
/// Applies correction rows (<c>kpic import --corrigeer</c>) to the measurements they name. A field the row fills in
/// replaces the measurement's; an empty field keeps it. The new version carries who corrected and when; the old one
/// is kept in 'meting_correctie' by the trigger of migration 004 (so a correction by hand in SQL is kept as well),
/// with who replaced it and when.
/// </summary>
internal sealed class MeasurementCorrector(SqliteConnection connection, SqliteTransaction transaction, ImportOptions options)
{
    private readonly string correctedAt = options.EnteredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Corrects every row; a row without a measurement to correct is an error. Returns the rows that changed nothing.</summary>
    public int Correct(List<Measurement> rows, List<ImportError> errors)
    {
        using var find = connection.Command("""
            SELECT id, waarde, teller, noemer, tekst, opmerking, bron, status FROM meting
            WHERE indicator_id = $indicator AND periode_begin = $begin AND periode_eind = $eind AND uitsplitsing = $uitsplitsing
            """, transaction);
        using var update = connection.Command("""
            UPDATE meting SET waarde = $waarde, teller = $teller, noemer = $noemer, tekst = $tekst, opmerking = $opmerking,
                              bron = $bron, status = $status, ingevoerd_door = $door, ingevoerd_op = $op
            WHERE id = $id;
            -- The trigger kept the old version and guessed who replaced it (it cannot tell kpic from a hand-written
            -- UPDATE in the same second); kpic knows, so it says so.
            UPDATE meting_correctie SET gecorrigeerd_door = $door, gecorrigeerd_op = $op
            WHERE id = (SELECT MAX(id) FROM meting_correctie WHERE meting_id = $id);
            """, transaction);
        var unchanged = 0;
        foreach (var row in rows)
        {
            find.Parameters.Clear();
            find.Parameters.AddWithValue("$indicator", row.IndicatorId);
            find.Parameters.AddWithValue("$begin", row.PeriodStart);
            find.Parameters.AddWithValue("$eind", row.PeriodEnd);
            find.Parameters.AddWithValue("$uitsplitsing", row.Breakdown);
            using var reader = find.ExecuteReader();
            if (!reader.Read())
            {
                errors.Add(new ImportError(row.Line, ImportText.NothingToCorrect));
                continue;
            }
            var id = reader.GetInt64(0);
            var old = new Version(Number(reader, 1), Number(reader, 2), Number(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6), reader.GetString(7));
            reader.Close();

            var now = row.ValueGiven
                ? old with { Value = row.Value, Numerator = row.Numerator, Denominator = row.Denominator, Text = row.Text ?? old.Text }
                : old with { Text = row.Text ?? old.Text };
            now = now with { Comment = row.Comment ?? old.Comment, Source = row.Source ?? old.Source, Status = row.Status ?? old.Status };
            if (now == old)
            {
                unchanged++;
                continue;
            }
            update.Parameters.Clear();
            update.Parameters.AddWithValue("$id", id);
            update.Parameters.AddWithValue("$waarde", (object?)now.Value ?? DBNull.Value);
            update.Parameters.AddWithValue("$teller", (object?)now.Numerator ?? DBNull.Value);
            update.Parameters.AddWithValue("$noemer", (object?)now.Denominator ?? DBNull.Value);
            update.Parameters.AddWithValue("$tekst", (object?)now.Text ?? DBNull.Value);
            update.Parameters.AddWithValue("$opmerking", (object?)now.Comment ?? DBNull.Value);
            update.Parameters.AddWithValue("$bron", (object?)now.Source ?? DBNull.Value);
            update.Parameters.AddWithValue("$status", now.Status);
            update.Parameters.AddWithValue("$door", (object?)(row.EnteredBy ?? options.CorrectedBy) ?? DBNull.Value);
            update.Parameters.AddWithValue("$op", correctedAt);
            update.ExecuteNonQuery();
        }
        return unchanged;
    }

    /// <summary>What a measurement says: the fields a correction may change.</summary>
    private sealed record Version(double? Value, double? Numerator, double? Denominator, string? Text, string? Comment, string? Source, string Status);

    private static double? Number(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);

    private static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
