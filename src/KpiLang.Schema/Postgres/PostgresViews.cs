namespace KpiLang.Schema.Postgres;

/// <summary>
/// Every view of a PostgreSQL measurement database runs with the rights of whoever reads it (security_invoker,
/// PostgreSQL 15): a view is otherwise read with its owner's rights, and its owner (the build role) passes every
/// row-level security policy, so a provider would see all providers' measurements through 'meting_met_indicator'.
/// Run after the migrations of every build, so views that a later migration makes are covered too.
/// </summary>
internal static class PostgresViews
{
    public const string RunAsReader = """
        DO $$
        DECLARE
            v record;
        BEGIN
            FOR v IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE c.relkind = 'v' AND n.nspname = current_schema()
                       AND NOT COALESCE(c.reloptions @> ARRAY['security_invoker=true'], false)
            LOOP
                EXECUTE format('ALTER VIEW %I SET (security_invoker = true)', v.relname);
            END LOOP;
        END
        $$
        """;
}
