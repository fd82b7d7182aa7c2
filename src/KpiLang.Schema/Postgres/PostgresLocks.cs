namespace KpiLang.Schema.Postgres;

/// <summary>
/// The advisory locks kpic takes on a PostgreSQL database (numbers of its own, unlikely to meet another program's).
/// A build holds <see cref="Build"/> for its transaction, so two builds run one after the other: each rewrites the
/// specification tables, and two at once would each leave rows the other did not delete.
/// </summary>
internal static class PostgresLocks
{
    public const long Build = 0x6B70_6963_0001; // "kpic", 1
}
