using Microsoft.Data.Sqlite;

namespace KpiLang.Schema.Import;

/// <summary>
/// How a large import writes: SQLite's time on a million rows went mostly into keeping the indexes of 'meting' up
/// to date row by row and into writing every page twice (to the WAL, then back into the file when it closes).
/// For a large file, before the transaction the journal becomes a rollback journal (new pages are written once;
/// still all or nothing, a crash rolls back from the journal) with a larger page cache; inside it, the secondary
/// indexes of 'meting' are dropped and built again from their stored SQL after the rows are in, in the same
/// transaction (a rollback brings them back as they were). Afterwards the database is in WAL mode again. With
/// another connection open SQLite refuses to leave WAL mode; the import then simply runs in WAL mode.
/// For the rows this connection inserts, SQLite skips what the importer has already checked for every one of them:
/// the foreign key (each indicator id was read from the indicator table in this very transaction) and the CHECK
/// constraints of 'meting' (MeasurementValidator refuses, naming the line, every row that would break one: a date
/// that is not yyyy-MM-dd or does not exist, a period that ends before it begins, neither a number nor a text, a
/// denominator of 0 or less, a status other than voorlopig or definitief). That halves SQLite's own time per row.
/// Both stay on for everyone else (they are per connection) and come back on for this one afterwards.
/// Measured in docs/performance.md ("Import").
/// </summary>
internal sealed class BulkLoad : IDisposable
{
    /// <summary>Below this many lines the ordinary path is as fast and keeps the indexes and the journal as they are.</summary>
    public const int MinimumRows = 50_000;

    private readonly SqliteConnection _connection;
    private readonly bool _leftWal;

    private BulkLoad(SqliteConnection connection, bool leftWal)
    {
        _connection = connection;
        _leftWal = leftWal;
    }

    /// <summary>Before the transaction: null for a small file (nothing changes).</summary>
    public static BulkLoad? Begin(SqliteConnection connection, int expectedRows)
    {
        if (expectedRows < MinimumRows) return null;
        connection.Execute("PRAGMA cache_size = -65536"); // 64 MB for this connection only
        connection.Execute("PRAGMA foreign_keys = OFF");
        connection.Execute("PRAGMA ignore_check_constraints = ON");
        var mode = Scalar(connection, "PRAGMA journal_mode = DELETE");
        return new BulkLoad(connection, string.Equals(mode, "delete", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Inside the transaction, when the rows to insert are many compared with those already there (rebuilding an
    /// index costs all its rows): drops the secondary indexes of 'meting' and returns what builds them again.
    /// </summary>
    public IReadOnlyList<string> DropIndexes(SqliteTransaction transaction, int rowsToInsert)
    {
        var existing = Convert.ToInt64(Scalar(_connection, "SELECT COALESCE(MAX(id), 0) FROM meting", transaction) ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        if (rowsToInsert < existing) return [];
        var indexes = new List<(string Name, string Sql)>();
        using (var command = _connection.Command("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'meting' AND sql IS NOT NULL", transaction))
        using (var reader = command.ExecuteReader())
            while (reader.Read()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        foreach (var (name, _) in indexes) _connection.Execute($"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", transaction);
        return [.. indexes.Select(i => i.Sql)];
    }

    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<string> indexes)
    {
        foreach (var sql in indexes) connection.Execute(sql, transaction);
    }

    /// <summary>After commit or rollback: back to WAL, which 'kpic build' chose for the database.</summary>
    public void Dispose()
    {
        _connection.Execute("PRAGMA ignore_check_constraints = OFF");
        _connection.Execute("PRAGMA foreign_keys = ON");
        if (_leftWal) Scalar(_connection, "PRAGMA journal_mode = WAL");
    }

    private static string? Scalar(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.Command(sql, transaction);
        return command.ExecuteScalar()?.ToString();
    }
}
