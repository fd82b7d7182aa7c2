using System.Data.Common;
using System.Globalization;
using KpiLang.Schema.Dialects;

namespace KpiLang.Schema;

/// <summary>
/// Brings a database to the latest schema version by running the embedded migrations (Migrations/NNN_*.sql) it has
/// not had yet, inside the caller's transaction, each rendered for the database's engine (<see cref="SqlDialect"/>).
/// The version lives in metadata('schema_versie').
/// </summary>
public static class SchemaMigrator
{
    private static readonly IReadOnlyList<(int Version, string Name, string Template)> Migrations = LoadMigrations();

    private static readonly Dictionary<SqlDialect, string[]> Rendered = new()
    {
        [SqlDialect.Sqlite] = [.. Migrations.Select(m => MigrationTemplate.Render(m.Template, SqlDialect.Sqlite))],
        [SqlDialect.PostgreSql] = [.. Migrations.Select(m => MigrationTemplate.Render(m.Template, SqlDialect.PostgreSql))],
    };

    public static int LatestVersion => Migrations[^1].Version;

    /// <summary>The migrations as written, with their placeholders: what the dialect tests compare.</summary>
    internal static IEnumerable<(string Name, string Template)> Templates => Migrations.Select(m => (m.Name, m.Template));

    /// <summary>Migration <paramref name="version"/> as <paramref name="dialect"/> runs it.</summary>
    internal static string RenderedFor(SqlDialect dialect, int version) => Rendered[dialect][version - 1];

    /// <summary>0 for an empty database; refuses a database that has tables but is no KpiLang database.</summary>
    public static int ReadVersion(DbConnection connection, string path, DbTransaction? transaction = null)
    {
        var dialect = SqlDialect.Of(connection);
        try
        {
            if (connection.Count(dialect.CountTables(null), transaction) == 0) return 0;
            if (connection.Count(dialect.CountTables("metadata"), transaction) == 0)
                throw new DatabaseRefusedException(SchemaText.NotAKpiDatabase(path));
            using var version = connection.Command("SELECT waarde FROM metadata WHERE sleutel = 'schema_versie'", transaction);
            return version.ExecuteScalar() is string text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
                ? v
                : throw new DatabaseRefusedException(SchemaText.NotAKpiDatabase(path));
        }
        catch (DbException e)
        {
            throw new DatabaseRefusedException(SchemaText.Unreadable(path, e.Message));
        }
    }

    /// <summary>Runs the missing migrations up to <paramref name="targetVersion"/>; returns the version before.</summary>
    public static int Migrate(DbConnection connection, DbTransaction transaction, string path, int? targetVersion = null)
    {
        var target = targetVersion ?? LatestVersion;
        var current = ReadVersion(connection, path, transaction);
        if (current > LatestVersion) throw new DatabaseRefusedException(SchemaText.SchemaTooNew(path, current, LatestVersion));
        var rendered = Rendered[SqlDialect.Of(connection)];
        foreach (var migration in Migrations.Where(m => m.Version > current && m.Version <= target))
        {
            connection.Execute(rendered[migration.Version - 1], transaction);
            using var set = connection.Command(
                "INSERT INTO metadata (sleutel, waarde) VALUES ('schema_versie', @v) ON CONFLICT (sleutel) DO UPDATE SET waarde = excluded.waarde",
                transaction);
            set.With("@v", migration.Version.ToString(CultureInfo.InvariantCulture)).ExecuteNonQuery();
        }
        if (SqlDialect.Of(connection) == SqlDialect.PostgreSql) connection.Execute(Postgres.PostgresViews.RunAsReader, transaction);
        return current;
    }

    private static List<(int, string, string)> LoadMigrations()
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        const string prefix = "KpiLang.Schema.Migrations.";
        var list = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = resource[prefix.Length..];
            var version = int.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            list.Add((version, name, reader.ReadToEnd()));
        }
        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        // Numbers must run 1, 2, 3, ... so a missing file cannot silently skip a step.
        for (var i = 0; i < list.Count; i++)
            if (list[i].Item1 != i + 1) throw new InvalidOperationException($"Migration {i + 1} is missing from {assembly.GetName().Name}.");
        return list;
    }
}
