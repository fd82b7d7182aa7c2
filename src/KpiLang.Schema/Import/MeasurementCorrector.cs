using System.Globalization;
using System.Data.Common;

namespace KpiLang.Schema.Import;

/// <summary>
/// Applies correction rows (<c>kpic import --corrigeer</c>) to the measurements they name. A field the row fills in
/// replaces the measurement's; an empty field keeps it. The new version carries who corrected and when; the old one
/// is kept in 'meting_correctie' by the trigger of migration 004 (so a correction by hand in SQL is kept as well),
/// with who replaced it and when.
/// </summary>
internal sealed class MeasurementCorrector(DbConnection connection, DbTransaction transaction, ImportOptions options)
{
    private readonly string correctedAt = options.EnteredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Corrects every row; a row without a measurement to correct is an error. Returns the rows that changed nothing.</summary>
    public int Correct(List<Measurement> rows, List<ImportError> errors)
    {
        using var find = connection.Command("""
            SELECT id, waarde, teller, noemer, tekst, opmerking, bron, status FROM meting
            WHERE indicator_id = @indicator AND periode_begin = @begin AND periode_eind = @eind AND uitsplitsing = @uitsplitsing
              AND aanbieder = @aanbieder
            """, transaction);
        using var update = connection.Command("""
            UPDATE meting SET waarde = @waarde, teller = @teller, noemer = @noemer, tekst = @tekst, opmerking = @opmerking,
                              bron = @bron, status = @status, ingevoerd_door = @door, ingevoerd_op = @op
            WHERE id = @id;
            -- The trigger kept the old version and guessed who replaced it (it cannot tell kpic from a hand-written
            -- UPDATE in the same second); kpic knows, so it says so.
            UPDATE meting_correctie SET gecorrigeerd_door = @door, gecorrigeerd_op = @op
            WHERE id = (SELECT MAX(id) FROM meting_correctie WHERE meting_id = @id);
            """, transaction);
        var unchanged = 0;
        foreach (var row in rows)
        {
            find.Parameters.Clear();
            find.With("@indicator", row.IndicatorId).With("@begin", row.PeriodStart).With("@eind", row.PeriodEnd)
                .With("@uitsplitsing", row.Breakdown).With("@aanbieder", row.Provider);
            using var reader = find.ExecuteReader();
            if (!reader.Read())
            {
                errors.Add(new ImportError(row.Line, ImportText.NothingToCorrect));
                continue;
            }
            var id = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
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
            update.With("@id", id).With("@waarde", now.Value).With("@teller", now.Numerator).With("@noemer", now.Denominator)
                .With("@tekst", now.Text).With("@opmerking", now.Comment).With("@bron", now.Source).With("@status", now.Status)
                .With("@door", row.EnteredBy ?? options.CorrectedBy).With("@op", correctedAt);
            update.ExecuteNonQuery();
        }
        return unchanged;
    }

    /// <summary>What a measurement says: the fields a correction may change.</summary>
    private sealed record Version(double? Value, double? Numerator, double? Denominator, string? Text, string? Comment, string? Source, string Status);

    private static double? Number(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i);

    private static string? Text(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
}
