using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using KpiLang.Compiler;
using KpiLang.Schema.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KpiLang.Schema.Build;

/// <summary>
/// Compiles a specification into a measurement database. An existing database is updated in one transaction (a
/// build that fails or is killed leaves it as it was); a new SQLite file is written to a temporary file beside the
/// target and renamed into place only when complete. On PostgreSQL the one transaction is all: an empty database
/// gets its tables in it, and a second build waits for the first (an advisory lock) instead of interleaving.
/// </summary>
public static class SchemaBuilder
{
    public static BuildResult Build(Compilation compilation, string target, BuildOptions options, CancellationToken cancellationToken = default)
    {
        if (compilation.HasErrors) throw new InvalidOperationException("A specification with errors is never written to a database.");
        if (IndicatorKeys.FindDuplicates(compilation).Count > 0)
            throw new InvalidOperationException("Indicator names must be unique across the specifications of one database.");

        if (DatabaseAddress.Parse(target) is PostgresAddress server) return BuildOnServer(server, compilation, options, cancellationToken);
        var path = Path.GetFullPath(target);
        if (File.Exists(path)) return BuildInto(path, path, compilation, options, isNew: false, cancellationToken);

        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        RemoveLeftovers(folder, Path.GetFileName(path));
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.kpic-tmp");
        try
        {
            var result = BuildInto(temporary, path, compilation, options, isNew: true, cancellationToken);
            File.Move(temporary, path, overwrite: false);
            return result;
        }
        finally
        {
            foreach (var leftover in new[] { temporary, temporary + "-wal", temporary + "-shm", temporary + "-journal" })
                if (File.Exists(leftover)) File.Delete(leftover);
        }
    }

    /// <summary>A killed first build leaves its hidden temporary file behind; the next build of the same target removes it.</summary>
    private static void RemoveLeftovers(string folder, string name)
    {
        foreach (var leftover in Directory.EnumerateFiles(folder, $".{name}.*.kpic-tmp*"))
        {
            try { File.Delete(leftover); }
            catch (IOException) { } // in use by another build: leave it
        }
    }

    private static BuildResult BuildInto(string file, string shownPath, Compilation compilation, BuildOptions options, bool isNew, CancellationToken cancellationToken)
    {
        try
        {
            using var connection = SchemaDatabase.Open(file, isNew ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite);
            // Refuse a newer or foreign database before touching it at all (even the journal mode).
            RefuseNewer(connection, shownPath);
            connection.Execute("PRAGMA journal_mode = WAL");
            using var transaction = connection.BeginTransaction(deferred: false);
            return Write(connection, transaction, shownPath, compilation, options, isNew, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw new DatabaseRefusedException(SchemaText.Unreadable(shownPath, e.Message));
        }
    }

    /// <summary>
    /// Into PostgreSQL. Imports may run meanwhile: measurements point at indicators by their id, which an upsert by
    /// name keeps, and the build only updates indicator rows (never their keys), which does not conflict with the
    /// key-share locks that inserting a measurement takes. Readers see the old specification until the commit.
    /// </summary>
    private static BuildResult BuildOnServer(PostgresAddress server, Compilation compilation, BuildOptions options, CancellationToken cancellationToken)
    {
        using var connection = PostgresDatabase.Open(server);
        try
        {
            var isNew = RefuseNewer(connection, server.Shown) == 0;
            using var transaction = connection.BeginTransaction();
            connection.Execute($"SELECT pg_advisory_xact_lock({PostgresLocks.Build})", transaction);
            return Write(connection, transaction, server.Shown, compilation, options, isNew, cancellationToken);
        }
        catch (NpgsqlException e)
        {
            throw PostgresDatabase.Refused(server, e);
        }
    }

    private static int RefuseNewer(DbConnection connection, string shownPath)
    {
        var version = SchemaMigrator.ReadVersion(connection, shownPath);
        return version > SchemaMigrator.LatestVersion
            ? throw new DatabaseRefusedException(SchemaText.SchemaTooNew(shownPath, version, SchemaMigrator.LatestVersion))
            : version;
    }

    /// <summary>Migrates and writes the specification in the caller's transaction, then commits it.</summary>
    private static BuildResult Write(DbConnection connection, DbTransaction transaction, string shownPath, Compilation compilation,
        BuildOptions options, bool isNew, CancellationToken cancellationToken)
    {
        var step = 0;
        void Step()
        {
            cancellationToken.ThrowIfCancellationRequested();
            options.OnStep?.Invoke($"{++step}");
            if (options.StepDelay > TimeSpan.Zero) Thread.Sleep(options.StepDelay);
        }

        var migratedFrom = SchemaMigrator.Migrate(connection, transaction, shownPath);
        Step();
        var (count, archived, restored) = new SpecificationWriter(connection, transaction, options).Write(compilation, Step);
        WriteMetadata(connection, transaction, compilation, options);
        var archivedWithCounts = archived.Select(key => DescribeArchived(connection, transaction, key)).ToImmutableArray();
        var measurementCount = connection.Count("SELECT COUNT(*) FROM meting", transaction);
        Step();
        transaction.Commit();
        return new BuildResult(isNew, migratedFrom, count, archivedWithCounts, restored, measurementCount);
    }

    private static void WriteMetadata(DbConnection connection, DbTransaction transaction, Compilation compilation, BuildOptions options)
    {
        using var command = connection.Command(
            "INSERT INTO metadata (sleutel, waarde) VALUES (@k, @v) ON CONFLICT (sleutel) DO UPDATE SET waarde = excluded.waarde", transaction);
        var key = command.With("@k", "").Parameters[0];
        var value = command.With("@v", "").Parameters[1];
        foreach (var (k, v) in new[]
        {
            ("compiler_versie", options.CompilerVersion),
            ("bron_hash", SourceHash.Compute(compilation, options.WorkspaceRoot)),
            ("gebouwd_op", options.BuildTime.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            ("bestanden", string.Join("\n", compilation.SyntaxTrees.Select(t => SourceLocation.RelativePath(t.Path, options.WorkspaceRoot)))),
        })
        {
            key.Value = k;
            value.Value = v;
            command.ExecuteNonQuery();
        }
    }

    private static ArchivedIndicator DescribeArchived(DbConnection connection, DbTransaction transaction, string key)
    {
        using var command = connection.Command(
            "SELECT titel, (SELECT COUNT(*) FROM meting m WHERE m.indicator_id = i.id) FROM indicator i WHERE sleutel = @k", transaction);
        command.With("@k", key);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new ArchivedIndicator(key, reader.GetString(0), reader.GetInt64(1));
    }
}
