using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KpiLang.Schema.Import;

/// <summary>
/// The parameters of one prepared statement, bound through SQLite's own API only when a value differs from the
/// previous row's: SQLite keeps bindings across a reset, and in a sorted import most columns repeat (the same
/// indicator, status, breakdown, and NULL for what the file does not have). Text goes in as UTF-16, which SQLite
/// converts itself, instead of being converted to a new UTF-8 array per value first.
/// </summary>
internal sealed class BoundValues(sqlite3_stmt statement, sqlite3 db, int count)
{
    private readonly bool[] _bound = new bool[count + 1];
    private readonly long[] _integers = new long[count + 1];
    private readonly double?[] _numbers = new double?[count + 1];
    private readonly string?[] _texts = new string?[count + 1];

    public void Integer(int index, long value)
    {
        if (_bound[index] && _integers[index] == value) return;
        (_bound[index], _integers[index]) = (true, value);
        Check(raw.sqlite3_bind_int64(statement, index, value));
    }

    public void Number(int index, double? value)
    {
        if (_bound[index] && _numbers[index] == value) return;
        (_bound[index], _numbers[index]) = (true, value);
        Check(value is { } number ? raw.sqlite3_bind_double(statement, index, number) : raw.sqlite3_bind_null(statement, index));
    }

    public void Text(int index, string? value)
    {
        if (_bound[index] && string.Equals(_texts[index], value, StringComparison.Ordinal)) return;
        (_bound[index], _texts[index]) = (true, value);
        Check(value is not null ? raw.sqlite3_bind_text16(statement, index, value.AsSpan()) : raw.sqlite3_bind_null(statement, index));
    }

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, db);
}
