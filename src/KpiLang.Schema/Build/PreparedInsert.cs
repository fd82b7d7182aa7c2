using Microsoft.Data.Sqlite;

namespace KpiLang.Schema.Build;

/// <summary>
/// One prepared INSERT, reused for every row of a table. Table and column names come from our code only; every
/// value from the specification goes in as a parameter, never into the SQL text.
/// </summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _values;

    private readonly bool _returnsId;

    /// <param name="returnsId">False for tables without an 'id' column (WITHOUT ROWID link tables).</param>
    public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, string table, string[] columns, string? suffix = null, bool returnsId = true)
    {
        _returnsId = returnsId;
        var sql = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "$" + c))}) {suffix}"
            + (returnsId ? " RETURNING _rowid_" : "");
        _command = connection.Command(sql, transaction);
        _values = [.. columns.Select(c => _command.Parameters.Add("$" + c, SqliteType.Text))];
        _command.Prepare();
    }

    /// <summary>Inserts one row with values in column order; returns its id (or the row count without one).</summary>
    public long Run(params object?[] values)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var value = values[i];
            _values[i].SqliteType = value switch
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
                DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                _ => value,
            };
        }
        if (!_returnsId) return _command.ExecuteNonQuery();
        return (long)_command.ExecuteScalar()!;
    }

    public void Dispose() => _command.Dispose();
}
