using KpiLang.Schema.Postgres;

namespace KpiLang.Schema;

/// <summary>
/// Where a measurement database is: a SQLite file (any path, the default) or a PostgreSQL database named by a URL
/// that starts with postgresql:// or postgres://, as libpq tools (psql, pg_dump) take it. <see cref="Shown"/> is how
/// messages name it.
/// </summary>
public abstract record DatabaseAddress(string Shown)
{
    /// <summary>A bad URL, or one with a password in it, is refused as a usage error with what to write instead.</summary>
    public static DatabaseAddress Parse(string target) =>
        PostgresAddress.IsUrl(target) ? PostgresAddress.FromUrl(target) : new SqliteAddress(target);

    public static bool IsPostgres(string target) => PostgresAddress.IsUrl(target);
}

/// <summary>A SQLite database file.</summary>
public sealed record SqliteAddress(string Path) : DatabaseAddress(Path);
