using System.Data.Common;
using System.Text.RegularExpressions;
using KpiLang.Schema.Postgres;
using Npgsql;

namespace KpiLang.Schema.Security;

/// <summary>What <c>kpic roles</c> did: the roles it made now, and every provider that has a role.</summary>
public sealed record RolesResult(string Prefix, IReadOnlyList<string> Created, IReadOnlyList<string> Providers);

/// <summary>
/// Sets up who may do what in a shared PostgreSQL measurement database (<c>kpic roles</c>), in one transaction, and
/// can be run again after every build (it adds roles for new providers and changes nothing that is right already):
/// <list type="bullet">
/// <item>the build role is the owner of the tables (whoever builds): only it can change the specification tables, and
/// it alone may delete;</item>
/// <item><c>&lt;prefix&gt;_regio</c> reads everything and may add and correct every measurement;</item>
/// <item><c>&lt;prefix&gt;_aanbieder_&lt;naam&gt;</c>, one per actor with 'soort: aanbieder', reads the specification and
/// reads, adds and corrects only the measurements of its provider (row-level security on meting and
/// meting_correctie; the views run as their reader, so they show no more);</item>
/// <item>nobody else reads anything.</item>
/// </list>
/// People get a role with GRANT (<c>GRANT kpi_aanbieder_samen_sterk TO jan;</c>).
/// </summary>
public static partial class RowSecurity
{
    public const string DefaultPrefix = "kpi";

    [GeneratedRegex("^[a-z][a-z0-9_]{0,19}$")]
    private static partial Regex PrefixPattern();

    /// <summary>The columns a correction changes (kpic import --corrigeer); the provider and the key are never among them.</summary>
    private const string CorrectedColumns = "waarde, teller, noemer, tekst, opmerking, bron, status, ingevoerd_door, ingevoerd_op";

    public static RolesResult Apply(string target, string prefix)
    {
        if (DatabaseAddress.Parse(target) is not PostgresAddress server) throw new DatabaseRefusedException(RolesText.OnlyPostgres(target), isUsageError: true);
        if (!PrefixPattern().IsMatch(prefix)) throw new DatabaseRefusedException(RolesText.BadPrefix(prefix), isUsageError: true);
        using var connection = PostgresDatabase.OpenForReading(server);
        try
        {
            using var transaction = connection.BeginTransaction();
            // Not while a build rewrites the specification (it holds the same lock).
            connection.Execute($"SELECT pg_advisory_xact_lock({PostgresLocks.Build})", transaction);
            if (!OwnsTables(connection, transaction)) throw new DatabaseRefusedException(RolesText.NotOwner(server.Shown, Owner(connection, transaction)));
            var providers = Providers(connection, transaction);
            var roles = new[] { ProviderRoles.Region(prefix), ProviderRoles.AllProviders(prefix) }
                .Concat(providers.Select(p => ProviderRoles.Provider(prefix, p))).ToList();
            if (roles.FirstOrDefault(r => System.Text.Encoding.UTF8.GetByteCount(r) > 63) is { } tooLong)
                throw new DatabaseRefusedException(RolesText.NameTooLong(tooLong), isUsageError: true);
            var created = roles.Where(role => CreateIfMissing(connection, transaction, role)).ToList();
            foreach (var provider in providers)
                connection.Execute($"GRANT {Id(ProviderRoles.AllProviders(prefix))} TO {Id(ProviderRoles.Provider(prefix, provider))}", transaction);
            connection.Execute(Policies(prefix, Schema(connection, transaction)), transaction);
            using (var remember = connection.Command(
                       "INSERT INTO metadata (sleutel, waarde) VALUES (@k, @v) ON CONFLICT (sleutel) DO UPDATE SET waarde = excluded.waarde", transaction))
                remember.With("@k", ProviderRoles.PrefixKey).With("@v", prefix).ExecuteNonQuery();
            transaction.Commit();
            return new RolesResult(prefix, created, providers);
        }
        catch (NpgsqlException e)
        {
            throw PostgresDatabase.Refused(server, e);
        }
    }

    /// <summary>Privileges and policies; every statement can run again without changing what is right.</summary>
    private static string Policies(string prefix, string schema)
    {
        var region = Id(ProviderRoles.Region(prefix));
        var providers = Id(ProviderRoles.AllProviders(prefix));
        var own = ProviderRoles.OwnProvidersSql(prefix);
        return $"""
            REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC;
            REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC;
            GRANT USAGE ON SCHEMA {schema} TO {region}, {providers};
            GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {region}, {providers};
            GRANT INSERT, UPDATE ({CorrectedColumns}) ON meting TO {region}, {providers};
            GRANT INSERT, UPDATE (gecorrigeerd_door, gecorrigeerd_op) ON meting_correctie TO {region}, {providers};
            GRANT USAGE ON ALL SEQUENCES IN SCHEMA {schema} TO {region}, {providers};
            ALTER TABLE meting ENABLE ROW LEVEL SECURITY;
            ALTER TABLE meting_correctie ENABLE ROW LEVEL SECURITY;
            DROP POLICY IF EXISTS regio_alle_rijen ON meting;
            CREATE POLICY regio_alle_rijen ON meting TO {region} USING (true) WITH CHECK (true);
            DROP POLICY IF EXISTS aanbieder_eigen_rijen ON meting;
            CREATE POLICY aanbieder_eigen_rijen ON meting TO {providers}
                USING (aanbieder IN ({own})) WITH CHECK (aanbieder IN ({own}));
            DROP POLICY IF EXISTS regio_alle_rijen ON meting_correctie;
            CREATE POLICY regio_alle_rijen ON meting_correctie TO {region} USING (true) WITH CHECK (true);
            DROP POLICY IF EXISTS aanbieder_eigen_rijen ON meting_correctie;
            CREATE POLICY aanbieder_eigen_rijen ON meting_correctie TO {providers}
                USING (meting_id IN (SELECT id FROM meting)) WITH CHECK (meting_id IN (SELECT id FROM meting));
            """;
    }

    private static bool CreateIfMissing(DbConnection connection, DbTransaction transaction, string role)
    {
        using var exists = connection.Command("SELECT COUNT(*) FROM pg_roles WHERE rolname = @r", transaction);
        if (Convert.ToInt64(exists.With("@r", role).ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0) return false;
        connection.Execute($"CREATE ROLE {Id(role)} NOLOGIN", transaction);
        return true;
    }

    private static List<string> Providers(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.Command("SELECT DISTINCT naam FROM actor WHERE soort = 'aanbieder' ORDER BY naam", transaction);
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    private static bool OwnsTables(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.Command(
            "SELECT pg_has_role(tableowner, 'USAGE') FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'meting'", transaction);
        return command.ExecuteScalar() is true;
    }

    private static string Owner(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.Command("SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'meting'", transaction);
        return command.ExecuteScalar() as string ?? "?";
    }

    private static string Schema(DbConnection connection, DbTransaction transaction)
    {
        using var command = connection.Command("SELECT current_schema()", transaction);
        return Id((string)command.ExecuteScalar()!);
    }

    private static string Id(string name) => ProviderRoles.Identifier(name);
}
