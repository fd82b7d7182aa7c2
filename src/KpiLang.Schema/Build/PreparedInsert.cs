using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KpiLang.Schema.Build;

/// <summary>
/// One INSERT, reused for every row of a table. Table and column names come from our code only; every value from
/// the specification goes in as a parameter, never into the SQL text.
/// </summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _values;

    private readonly bool _returnsId;

    /// <param name="returnsId">False for tables without an 'id' column (link tables, one row per indicator).</param>
    public PreparedInsert(DbConnection connection, DbTransaction transaction, string table, string[] columns, string? suffix = null, bool returnsId = true)
    {
        _returnsId = returnsId;
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@" + c))}) {suffix}"
            + (returnsId ? " RETURNING id" : "");
        _command = connection.Command(sql, transaction);
        _values = [.. columns.Select(c => _command.With("@" + c, null).Parameters[^1])];
        // SQLite compiles the statement once. PostgreSQL is left to infer each parameter's type from its column per
        // execution: a value may be NULL on one row and a text on the next.
        if (_command is SqliteCommand) _command.Prepare();
    }

    /// <summary>Inserts one row with values in column order; returns its id (or the row count without one).</summary>
    public long Run(params object?[] values)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var value = values[i];
            if (_values[i] is SqliteParameter sqlite)
                sqlite.SqliteType = value switch
                {
                    int or long or bool => SqliteType.Integer,
                    decimal or double => SqliteType.Real,
                    _ => SqliteType.Text,
                };
            _values[i].Value = value switch
            {
                null => DBNull.Value,
                decimal d => (double)d,
                bool b => b ? 1 : 0,
                DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => value,
            };
        }
        if (!_returnsId) return _command.ExecuteNonQuery();
        return Convert.ToInt64(_command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public void Dispose() => _command.Dispose();
}
