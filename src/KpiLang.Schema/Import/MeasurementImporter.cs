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
            SchemaDatabase.RequireLatestVersion(connection, databasePath);

            using var transaction = connection.BeginTransaction(deferred: false);
            var errors = new List<ImportError>();
            var profiles = IndicatorProfile.Load(connection, transaction);
            var rows = Validate(csvText, profiles, errors);
            // Every valid row is inserted, even when other rows are wrong, so that the UNIQUE constraint reports each
            // row the database already holds; any error and the transaction is rolled back: nothing is loaded.
            // In the order of the UNIQUE index, not of the file: each insert then lands next to the previous one in
            // both indexes of 'meting' instead of anywhere in them, which halves SQLite's work on a large file.
            rows.Sort(Measurement.KeyOrder);
            Insert(connection, transaction, rows, enteredAt, errors);
            if (errors.Count > 0) return new ImportResult(0, [.. errors.OrderBy(e => e.Line)]);

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
        var reader = new CsvReader(csvText, CsvReader.DetectSeparator(csvText));
        var fields = new List<string>();
        if (!reader.Next(fields)) { errors.Add(new ImportError(1, ImportText.Empty)); return []; }

        var headerLine = reader.Line;
        var header = fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        foreach (var column in header.Where(c => !MeasurementValidator.Columns.Contains(c)))
            errors.Add(new ImportError(headerLine, ImportText.UnknownColumn(column, string.Join(", ", MeasurementValidator.Columns))));
        foreach (var column in header.GroupBy(c => c).Where(g => g.Count() > 1))
            errors.Add(new ImportError(headerLine, ImportText.DuplicateColumn(column.Key)));
        foreach (var column in MeasurementValidator.RequiredColumns.Where(c => !header.Contains(c)))
            errors.Add(new ImportError(headerLine, ImportText.MissingColumn(column)));
        if (errors.Count > 0) return [];

        var columns = MeasurementValidator.ColumnIndices(header);
        var validator = new MeasurementValidator(indicators, errors);
        var rows = new List<Measurement>();
        var seen = new Dictionary<(long, string, string, string), int>();
        while (reader.Next(fields))
        {
            if (fields.Count != header.Count)
            {
                errors.Add(new ImportError(reader.Line, ImportText.FieldCount(fields.Count, header.Count)));
                continue;
            }
            if (validator.Validate(reader.Line, new CsvRow(fields, columns)) is not { } measurement) continue;
            if (!seen.TryAdd(measurement.Key, reader.Line))
            {
                errors.Add(new ImportError(reader.Line, ImportText.DuplicateInFile(seen[measurement.Key])));
                continue;
            }
            rows.Add(measurement);
        }
        return rows;
    }

    /// <summary>
    /// Inserts the rows with one prepared statement. A row that meets an existing measurement with the same
    /// indicator, period and breakdown is not inserted (the UNIQUE constraint of 'meting') but reported: duplicates
    /// within the file were already taken out, so such a row can only clash with what the database held before.
    /// </summary>
    private static void Insert(SqliteConnection connection, SqliteTransaction transaction, List<Measurement> rows, DateTimeOffset enteredAt,
        List<ImportError> errors)
    {
        using var command = connection.Command("""
            INSERT INTO meting (indicator_id, periode_begin, periode_eind, uitsplitsing, waarde, teller, noemer, tekst, bron, status, ingevoerd_door, ingevoerd_op)
            VALUES ($i, $b, $e, $u, $w, $t, $n, $x, $bron, $s, $door, $op)
            ON CONFLICT (indicator_id, periode_begin, periode_eind, uitsplitsing) DO NOTHING
            """, transaction);
        var indicator = command.Parameters.Add("$i", SqliteType.Integer);
        var start = command.Parameters.Add("$b", SqliteType.Text);
        var end = command.Parameters.Add("$e", SqliteType.Text);
        var breakdown = command.Parameters.Add("$u", SqliteType.Text);
        var value = command.Parameters.Add("$w", SqliteType.Real);
        var numerator = command.Parameters.Add("$t", SqliteType.Real);
        var denominator = command.Parameters.Add("$n", SqliteType.Real);
        var text = command.Parameters.Add("$x", SqliteType.Text);
        var source = command.Parameters.Add("$bron", SqliteType.Text);
        var status = command.Parameters.Add("$s", SqliteType.Text);
        var enteredBy = command.Parameters.Add("$door", SqliteType.Text);
        command.Parameters.Add("$op", SqliteType.Text).Value = enteredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        command.Prepare();
        foreach (var row in rows)
        {
            indicator.Value = row.IndicatorId;
            start.Value = row.PeriodStart;
            end.Value = row.PeriodEnd;
            breakdown.Value = row.Breakdown;
            value.Value = (object?)row.Value ?? DBNull.Value;
            numerator.Value = (object?)row.Numerator ?? DBNull.Value;
            denominator.Value = (object?)row.Denominator ?? DBNull.Value;
            text.Value = (object?)row.Text ?? DBNull.Value;
            source.Value = (object?)row.Source ?? DBNull.Value;
            status.Value = row.Status;
            enteredBy.Value = (object?)row.EnteredBy ?? DBNull.Value;
            if (command.ExecuteNonQuery() == 0) errors.Add(new ImportError(row.Line, ImportText.DuplicateInDatabase));
        }
    }
}
