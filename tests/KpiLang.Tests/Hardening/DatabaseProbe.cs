using Microsoft.Data.Sqlite;

namespace KpiLang.Tests.Hardening;

/// <summary>Reads what a user would query from a built database, on its own connection.</summary>
internal static class DatabaseProbe
{
    public static T Scalar<T>(string database, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)Convert.ChangeType(command.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string ActiveIndicators(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sleutel FROM indicator WHERE actief = 1 ORDER BY sleutel";
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read()) keys.Add(reader.GetString(0));
        return string.Join(",", keys);
    }
}
