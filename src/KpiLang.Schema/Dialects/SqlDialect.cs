namespace KpiLang.Schema.Dialects;

/// <summary>
/// The few things SQLite and PostgreSQL spell differently, and nothing else: the migrations are written once, with a
/// placeholder <c>{{NAME}}</c> or <c>{{NAME(arguments)}}</c> where the engines differ, and each dialect renders every
/// placeholder (<see cref="MigrationTemplate"/>). Whole statements that exist in one engine only (a trigger's body,
/// SQLite's rebuild of a table) stand between <c>-- @sqlite</c> or <c>-- @postgresql</c> and <c>-- @end</c>.
/// The placeholders are listed in <see cref="Placeholders"/> and documented in docs/schema.md; a test holds the two
/// renderings to differ only there.
/// </summary>
public abstract class SqlDialect
{
    public static readonly SqlDialect Sqlite = new SqliteDialect();

    public static readonly SqlDialect PostgreSql = new PostgresDialect();

    /// <summary>The word of its statement blocks: <c>-- @sqlite</c>, <c>-- @postgresql</c>.</summary>
    public abstract string BlockName { get; }

    /// <summary>The engine of an open connection.</summary>
    public static SqlDialect Of(System.Data.Common.DbConnection connection) =>
        connection is Npgsql.NpgsqlConnection ? PostgreSql : Sqlite;

    /// <summary>SQL that counts the tables of the database (or those named <paramref name="name"/>), for the schema version.</summary>
    public abstract string CountTables(string? name);

    /// <summary>
    /// Renders one placeholder. <paramref name="raw"/> is its argument text as written, with the placeholders inside
    /// it already rendered (null without parentheses); <paramref name="arguments"/> is that text split at its
    /// top-level commas, trimmed.
    /// </summary>
    public abstract string Render(string name, string? raw, IReadOnlyList<string> arguments);
}

/// <summary>The names of the placeholders, as docs/schema.md lists them.</summary>
public static class Placeholders
{
    public const string Id = "ID";
    public const string Real = "REAL";
    public const string WithoutRowId = "WITHOUT ROWID";
    public const string DateValid = "DATE_VALID";
    public const string OneOf = "ONE_OF";
    public const string Date = "DATE";
    public const string JulianDay = "JULIANDAY";
    public const string Strftime = "STRFTIME";
    public const string Integer = "INTEGER";
    public const string CastInteger = "CAST_INTEGER";
    public const string Greatest = "GREATEST";
    public const string CrossJoin = "CROSS JOIN";
    public const string AlsoGrouped = "ALSO_GROUPED";
    public const string RedefineView = "REDEFINE VIEW";

    public static readonly IReadOnlyList<string> All =
        [Id, Real, WithoutRowId, DateValid, OneOf, Date, JulianDay, Strftime, Integer, CastInteger, Greatest, CrossJoin, AlsoGrouped, RedefineView];
}
