using System.Data.Common;

namespace KpiLang.Schema.Security;

/// <summary>
/// How roles name providers on PostgreSQL, after <c>kpic roles</c>: the role of provider <c>samen_sterk</c> is
/// <c>&lt;prefix&gt;_aanbieder_samen_sterk</c>, a member of <c>&lt;prefix&gt;_aanbieder</c>; the region's role is
/// <c>&lt;prefix&gt;_regio</c>. A login role is a provider by being granted that provider's role. The prefix is kept in
/// metadata('rollen_voorvoegsel'), so the policies, the import and a later run agree on it.
/// </summary>
public static class ProviderRoles
{
    public const string PrefixKey = "rollen_voorvoegsel";

    public static string Region(string prefix) => prefix + "_regio";

    public static string AllProviders(string prefix) => prefix + "_aanbieder";

    public static string ProviderPrefix(string prefix) => prefix + "_aanbieder_";

    public static string Provider(string prefix, string actor) => ProviderPrefix(prefix) + actor;

    /// <summary>
    /// SQL that lists the providers whose roles the current user has (directly or through another role): what the
    /// row-level security policies compare a measurement's provider with.
    /// </summary>
    public static string OwnProvidersSql(string prefix)
    {
        var start = Literal(ProviderPrefix(prefix));
        return $"SELECT substr(r.rolname, length({start}) + 1) FROM pg_roles r "
            + $"WHERE left(r.rolname, length({start})) = {start} AND pg_has_role(r.oid, 'MEMBER')";
    }

    /// <summary>
    /// The providers whose rows the connected role may import, or null when it may import every row (the region, the
    /// owner, a database without roles) or is no provider at all (then the server's privileges answer).
    /// </summary>
    public static IReadOnlySet<string>? OwnProviders(DbConnection connection, DbTransaction transaction)
    {
        using var read = connection.Command($"SELECT waarde FROM metadata WHERE sleutel = '{PrefixKey}'", transaction);
        if (read.ExecuteScalar() is not string prefix) return null;
        using var unrestricted = connection.Command(
            "SELECT pg_has_role((SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'meting'), 'MEMBER') "
            + "OR (SELECT pg_has_role(oid, 'MEMBER') FROM pg_roles WHERE rolname = @regio) IS TRUE", transaction);
        if (unrestricted.With("@regio", Region(prefix)).ExecuteScalar() is true) return null;
        using var own = connection.Command(OwnProvidersSql(prefix), transaction);
        using var reader = own.ExecuteReader();
        var providers = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read()) providers.Add(reader.GetString(0));
        return providers.Count == 0 ? null : providers;
    }

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
