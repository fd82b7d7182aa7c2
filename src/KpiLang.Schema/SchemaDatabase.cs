using System.Data.Common;
using KpiLang.Schema.Postgres;
using Microsoft.Data.Sqlite;

namespace KpiLang.Schema;

/// <summary>
/// Opens measurement databases the same way everywhere: a SQLite file with foreign keys on and no connection pooling,
/// or a PostgreSQL database named by a postgresql:// URL (<see cref="DatabaseAddress"/>).
/// </summary>
public static class SchemaDatabase
{
    /// <summary>
    /// Pooling is off so that closing a connection really closes the file: a build into a temporary file can then
    /// rename it, and the WAL is checkpointed when the last connection goes.
    /// </summary>
    public static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = 30,
        };
        var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Opens an existing database for reading and checks that this version of kpic understands it.</summary>
    public static DbConnection OpenForReading(string target) => DatabaseAddress.Parse(target) switch
    {
        PostgresAddress server => PostgresDatabase.OpenForReading(server),
        var file => OpenFileForReading(file.Shown),
    };

    private static SqliteConnection OpenFileForReading(string path)
    {
        if (!File.Exists(path)) throw new DatabaseRefusedException(SchemaText.DatabaseNotFound(path), isUsageError: true);
        // Only reads, but on a writable file through a read-write connection: a read-only one cannot checkpoint the
        // WAL when it closes, and left kpi.sqlite-wal and kpi.sqlite-shm beside the database after every report.
        var connection = Open(path, IsWritable(path) ? SqliteOpenMode.ReadWrite : SqliteOpenMode.ReadOnly);
        try
        {
            RequireLatestVersion(connection, path);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool IsWritable(string path)
    {
        try
        {
            using var probe = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Reading and importing need the current schema; only a build migrates an older one.</summary>
    internal static void RequireLatestVersion(DbConnection connection, string path)
    {
        var version = SchemaMigrator.ReadVersion(connection, path);
        if (version > SchemaMigrator.LatestVersion) throw new DatabaseRefusedException(SchemaText.SchemaTooNew(path, version, SchemaMigrator.LatestVersion));
        if (version < SchemaMigrator.LatestVersion) throw new DatabaseRefusedException(SchemaText.SchemaTooOldToRead(path, version));
    }

    /// <summary>A command on either engine. Parameters are named '@name', which both drivers read.</summary>
    internal static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    internal static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null) =>
        (SqliteCommand)((DbConnection)connection).Command(sql, transaction);

    internal static void Execute(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = connection.Command(sql, transaction);
        command.ExecuteNonQuery();
    }

    /// <summary>Adds a parameter; null becomes NULL (and PostgreSQL infers its type from where it stands).</summary>
    internal static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    internal static long Count(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        using var command = connection.Command(sql, transaction);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
