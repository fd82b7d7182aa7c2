using System.Net.Sockets;
using Npgsql;

namespace KpiLang.Schema.Postgres;

/// <summary>
/// Opens a PostgreSQL measurement database through Npgsql's slim data source (what Native AOT can compile: only the
/// types kpic reads and writes) and turns what the server or the network says into kpic's messages.
/// </summary>
public static class PostgresDatabase
{
    public static NpgsqlConnection Open(PostgresAddress address)
    {
        using var source = new NpgsqlSlimDataSourceBuilder(address.ConnectionString).Build();
        var connection = source.CreateConnection();
        try
        {
            connection.Open();
            return connection;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            connection.Dispose();
            throw Refused(address, e);
        }
    }

    /// <summary>Opens an existing database for reading and checks that this version of kpic understands it.</summary>
    public static NpgsqlConnection OpenForReading(PostgresAddress address)
    {
        var connection = Open(address);
        try
        {
            // An empty database on the server is what a missing file is for SQLite: nothing has been built yet.
            if (SchemaMigrator.ReadVersion(connection, address.Shown) == 0)
                throw new DatabaseRefusedException(SchemaText.DatabaseNotFound(address.Shown), isUsageError: true);
            SchemaDatabase.RequireLatestVersion(connection, address.Shown);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>A failure of the server or the network as kpic's refusal (exit code 3) with the server's reason.</summary>
    public static DatabaseRefusedException Refused(PostgresAddress address, Exception e) => new(e switch
    {
        PostgresException { SqlState: "28P01" or "28000" } p => PostgresText.LoginRefused(address.Shown, p.MessageText),
        PostgresException { SqlState: "3D000" } p => PostgresText.NoSuchDatabase(address.Shown, p.MessageText),
        PostgresException { SqlState: "42501" } p => PostgresText.NotAllowed(address.Shown, p.MessageText),
        PostgresException p => PostgresText.Unusable(address.Shown, p.MessageText),
        NpgsqlException n when n.Message.Contains("password", StringComparison.OrdinalIgnoreCase)
            => PostgresText.LoginRefused(address.Shown, n.Message.TrimEnd('.')),
        _ when e.InnerException is SocketException or TimeoutException || e is TimeoutException
            => PostgresText.Unreachable(address.Shown, (e.InnerException ?? e).Message.TrimEnd('.')),
        _ => PostgresText.Unreachable(address.Shown, e.Message.TrimEnd('.')),
    });
}
