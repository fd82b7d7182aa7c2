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
        var connection = Open(path, SqliteOpenMode.ReadOnly);
        try
        {
            var version = SchemaMigrator.ReadVersion(connection, path);
            if (version > SchemaMigrator.LatestVersion) throw new DatabaseRefusedException(SchemaText.SchemaTooNew(path, version, SchemaMigrator.LatestVersion));
            if (version < SchemaMigrator.LatestVersion) throw new DatabaseRefusedException(SchemaText.SchemaTooOldToRead(path, version));
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
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
