using Microsoft.Data.Sqlite;

namespace KpiLang.Schema;

/// <summary>Opens measurement databases the same way everywhere: foreign keys on, no connection pooling.</summary>
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
    public static SqliteConnection OpenForReading(string path)
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
    internal static void RequireLatestVersion(SqliteConnection connection, string path)
    {
        var version = SchemaMigrator.ReadVersion(connection, path);
        if (version > SchemaMigrator.LatestVersion) throw new DatabaseRefusedException(SchemaText.SchemaTooNew(path, version, SchemaMigrator.LatestVersion));
        if (version < SchemaMigrator.LatestVersion) throw new DatabaseRefusedException(SchemaText.SchemaTooOldToRead(path, version));
    }

    internal static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    internal static void Execute(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.Command(sql, transaction);
        command.ExecuteNonQuery();
    }
}
