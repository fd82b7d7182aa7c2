using System.Collections.Immutable;
using KpiLang.Compiler;
using System.Data.Common;
using KpiLang.Schema.Postgres;
using Microsoft.Data.Sqlite;
using KpiLang.Semantics;

namespace KpiLang.Schema.Build;

/// <summary>
/// An indicator's stable key in the database is its name. Independent specifications compiled into one database
/// must therefore not share an indicator name; this finds the names that clash.
/// </summary>
public static class IndicatorKeys
{
    /// <summary>
    /// The indicator keys an existing database holds, active or archived, so a specification may say it replaces one
    /// it no longer declares. Nothing when there is no readable database yet: the build itself reports a bad file. A
    /// PostgreSQL server that cannot be reached or refuses the login is reported here already (the build would be too).
    /// </summary>
    public static ImmutableHashSet<string> InDatabase(string databasePath)
    {
        try
        {
            if (DatabaseAddress.Parse(databasePath) is PostgresAddress server)
            {
                using var remote = PostgresDatabase.Open(server);
                return Keys(remote);
            }
            if (!File.Exists(databasePath)) return [];
            using var connection = SchemaDatabase.Open(databasePath, SqliteOpenMode.ReadOnly);
            return Keys(connection);
        }
        catch (DbException)
        {
            return [];
        }
    }

    private static ImmutableHashSet<string> Keys(DbConnection connection)
    {
        using var command = connection.Command("SELECT sleutel FROM indicator");
        using var reader = command.ExecuteReader();
        var keys = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        while (reader.Read()) keys.Add(reader.GetString(0));
        return keys.ToImmutable();
    }

    public static IReadOnlyList<(IndicatorSymbol First, IndicatorSymbol Second)> FindDuplicates(Compilation compilation)
    {
        var seen = new Dictionary<string, IndicatorSymbol>(StringComparer.Ordinal);
        var clashes = new List<(IndicatorSymbol, IndicatorSymbol)>();
        foreach (var indicator in compilation.Indicators)
            if (!seen.TryAdd(indicator.Name, indicator)) clashes.Add((seen[indicator.Name], indicator));
        return clashes;
    }
}
