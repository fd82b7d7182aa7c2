using System.Globalization;
using Npgsql;

namespace KpiLang.Schema.Postgres;

/// <summary>
/// A PostgreSQL database named as libpq names it: <c>postgresql://user@host:port/database</c>, optionally with
/// <c>?host=/run/postgresql</c> (a Unix socket folder) or <c>?sslmode=require</c>. The password is never part of it:
/// it would stand in the shell's history and in every process list. It comes from PGPASSWORD or ~/.pgpass (or
/// PGPASSFILE), as for psql; the driver reads both.
/// </summary>
public sealed record PostgresAddress(string Url, string ConnectionString) : DatabaseAddress(Url)
{
    private static readonly string[] Schemes = ["postgresql://", "postgres://"];

    private static readonly HashSet<string> QueryKeys = new(StringComparer.Ordinal) { "host", "port", "sslmode", "application_name" };

    public static bool IsUrl(string target) => Schemes.Any(s => target.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    public static PostgresAddress FromUrl(string url)
    {
        var rest = url[Schemes.First(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)).Length..];
        var query = "";
        if (rest.IndexOf('?', StringComparison.Ordinal) is var q and >= 0) (rest, query) = (rest[..q], rest[(q + 1)..]);
        var database = "";
        if (rest.IndexOf('/', StringComparison.Ordinal) is var slash and >= 0) (rest, database) = (rest[..slash], Decode(url, rest[(slash + 1)..]));
        var user = "";
        if (rest.LastIndexOf('@') is var at and >= 0)
        {
            user = rest[..at];
            rest = rest[(at + 1)..];
            if (user.Contains(':', StringComparison.Ordinal)) throw Refused(PostgresText.PasswordInUrl(Hide(url)));
            user = Decode(url, user);
        }
        var builder = new NpgsqlConnectionStringBuilder
        {
            ApplicationName = "kpic",
            // An import of a million rows takes longer than the driver's default of 30 seconds.
            CommandTimeout = 0,
            Timeout = 15,
            Pooling = false,
        };
        var (host, port) = HostAndPort(url, rest);
        if (host.Length > 0) builder.Host = host;
        if (port is { } p) builder.Port = p;
        if (user.Length > 0) builder.Username = user;
        if (database.Length > 0) builder.Database = database;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.IndexOf('=', StringComparison.Ordinal) is var eq and > 0 ? (pair[..eq], Decode(url, pair[(eq + 1)..])) : (pair, "");
            if (key == "password") throw Refused(PostgresText.PasswordInUrl(Hide(url)));
            if (!QueryKeys.Contains(key)) throw Refused(PostgresText.UnknownUrlParameter(url, key, string.Join(", ", QueryKeys.Order(StringComparer.Ordinal))));
            switch (key)
            {
                case "host": builder.Host = value; break;
                case "port": builder.Port = Port(url, value); break;
                case "sslmode" when Enum.TryParse<SslMode>(value, ignoreCase: true, out var mode): builder.SslMode = mode; break;
                case "sslmode": throw Refused(PostgresText.BadUrl(url, PostgresText.BadSslMode(value)));
                default: builder.ApplicationName = value; break;
            }
        }
        return new PostgresAddress(url, builder.ConnectionString);
    }

    /// <summary>What the shell history should have shown: the URL with its password replaced.</summary>
    private static string Hide(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var at = url.IndexOf('@', start);
        var colon = at < 0 ? -1 : url.IndexOf(':', start, at - start);
        return colon < 0 ? url : url[..(colon + 1)] + "…" + url[at..];
    }

    private static (string Host, int? Port) HostAndPort(string url, string authority)
    {
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0) throw Refused(PostgresText.BadUrl(url, PostgresText.BadHost(authority)));
            var after = authority[(close + 1)..];
            return (authority[1..close], after.Length == 0 ? null : after.StartsWith(':') ? Port(url, after[1..]) : throw Refused(PostgresText.BadUrl(url, PostgresText.BadHost(authority))));
        }
        var colon = authority.LastIndexOf(':');
        return colon < 0 ? (Decode(url, authority), null) : (Decode(url, authority[..colon]), Port(url, authority[(colon + 1)..]));
    }

    private static int Port(string url, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536
            ? port
            : throw Refused(PostgresText.BadUrl(url, PostgresText.BadPort(text)));

    private static string Decode(string url, string text)
    {
        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            throw Refused(PostgresText.BadUrl(url, PostgresText.BadEscape(text)));
        }
    }

    private static DatabaseRefusedException Refused(KpiLang.Diagnostics.LocalizedText text) => new(text, isUsageError: true);
}
