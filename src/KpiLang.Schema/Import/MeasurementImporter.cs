using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KpiLang.Schema.Import;

/// <summary>
/// Loads a CSV file of measurements into a database: every row is validated first; if any row is wrong nothing is
/// written, otherwise all rows go in within one transaction.
/// </summary>
public static class MeasurementImporter
{
    public static ImportResult Import(string csvText, string databasePath, DateTimeOffset enteredAt)
    {
        if (!File.Exists(databasePath)) throw new DatabaseRefusedException(SchemaText.DatabaseNotFound(databasePath), isUsageError: true);
        try
        {
            using var connection = SchemaDatabase.Open(databasePath, SqliteOpenMode.ReadWrite);
            var version = SchemaMigrator.ReadVersion(connection, databasePath);
            if (version > SchemaMigrator.LatestVersion) throw new DatabaseRefusedException(SchemaText.SchemaTooNew(databasePath, version, SchemaMigrator.LatestVersion));
            if (version < SchemaMigrator.LatestVersion) throw new DatabaseRefusedException(SchemaText.SchemaTooOldToRead(databasePath, version));

            using var transaction = connection.BeginTransaction(deferred: false);
            var errors = new List<ImportError>();
            var rows = Validate(csvText, IndicatorProfile.Load(connection, transaction), errors);
            CheckExisting(connection, transaction, rows, errors);
            if (errors.Count > 0) return new ImportResult(0, [.. errors.OrderBy(e => e.Line)]);

            Insert(connection, transaction, rows, enteredAt);
            transaction.Commit();
            return new ImportResult(rows.Count, []);
        }
        catch (SqliteException e)
        {
            throw new DatabaseRefusedException(SchemaText.Unreadable(databasePath, e.Message));
        }
    }

    private static List<Measurement> Validate(string csvText, Dictionary<string, IndicatorProfile> indicators, List<ImportError> errors)
    {
        var records = CsvReader.Read(csvText, CsvReader.DetectSeparator(csvText));
        if (records.Count == 0) { errors.Add(new ImportError(1, ImportText.Empty)); return []; }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        foreach (var column in header.Where(c => !MeasurementValidator.Columns.Contains(c)))
            errors.Add(new ImportError(records[0].Line, ImportText.UnknownColumn(column, string.Join(", ", MeasurementValidator.Columns))));
        foreach (var column in header.GroupBy(c => c).Where(g => g.Count() > 1))
            errors.Add(new ImportError(records[0].Line, ImportText.DuplicateColumn(column.Key)));
        foreach (var column in MeasurementValidator.RequiredColumns.Where(c => !header.Contains(c)))
            errors.Add(new ImportError(records[0].Line, ImportText.MissingColumn(column)));
        if (errors.Count > 0) return [];

        var validator = new MeasurementValidator(indicators);
        var rows = new List<Measurement>();
        var seen = new Dictionary<(long, string, string, string), int>();
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count != header.Count)
            {
                errors.Add(new ImportError(record.Line, ImportText.FieldCount(record.Fields.Count, header.Count)));
                continue;
            }
            var row = header.Zip(record.Fields).ToDictionary(p => p.First, p => p.Second);
            if (validator.Validate(record.Line, row, errors) is not { } measurement) continue;
            if (seen.TryGetValue(measurement.Key, out var first))
            {
                errors.Add(new ImportError(record.Line, ImportText.DuplicateInFile(first)));
                continue;
            }
            seen[measurement.Key] = record.Line;
            rows.Add(measurement);
        }
        return rows;
    }

    private static void CheckExisting(SqliteConnection connection, SqliteTransaction transaction, List<Measurement> rows, List<ImportError> errors)
    {
        using var command = connection.Command(
            "SELECT 1 FROM meting WHERE indicator_id = $i AND periode_begin = $b AND periode_eind = $e AND uitsplitsing = $u", transaction);
        var i = command.Parameters.Add("$i", SqliteType.Integer);
        var b = command.Parameters.Add("$b", SqliteType.Text);
        var e = command.Parameters.Add("$e", SqliteType.Text);
        var u = command.Parameters.Add("$u", SqliteType.Text);
        foreach (var row in rows)
        {
            (i.Value, b.Value, e.Value, u.Value) = (row.IndicatorId, row.PeriodStart, row.PeriodEnd, row.Breakdown);
            if (command.ExecuteScalar() is not null) errors.Add(new ImportError(row.Line, ImportText.DuplicateInDatabase));
        }
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, List<Measurement> rows, DateTimeOffset enteredAt)
    {
        using var command = connection.Command("""
            INSERT INTO meting (indicator_id, periode_begin, periode_eind, uitsplitsing, waarde, teller, noemer, tekst, bron, status, ingevoerd_door, ingevoerd_op)
            VALUES ($i, $b, $e, $u, $w, $t, $n, $x, $bron, $s, $door, $op)
            """, transaction);
        var at = enteredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        foreach (var row in rows)
        {
            command.Parameters.Clear();
            command.Parameters.AddWithValue("$i", row.IndicatorId);
            command.Parameters.AddWithValue("$b", row.PeriodStart);
            command.Parameters.AddWithValue("$e", row.PeriodEnd);
            command.Parameters.AddWithValue("$u", row.Breakdown);
            command.Parameters.AddWithValue("$w", (object?)row.Value ?? DBNull.Value);
            command.Parameters.AddWithValue("$t", (object?)row.Numerator ?? DBNull.Value);
            command.Parameters.AddWithValue("$n", (object?)row.Denominator ?? DBNull.Value);
            command.Parameters.AddWithValue("$x", (object?)row.Text ?? DBNull.Value);
            command.Parameters.AddWithValue("$bron", (object?)row.Source ?? DBNull.Value);
            command.Parameters.AddWithValue("$s", row.Status);
            command.Parameters.AddWithValue("$door", (object?)row.EnteredBy ?? DBNull.Value);
            command.Parameters.AddWithValue("$op", at);
            command.ExecuteNonQuery();
        }
    }
}
