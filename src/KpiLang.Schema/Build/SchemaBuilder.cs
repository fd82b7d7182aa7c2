using System.Collections.Immutable;
using System.Globalization;
using KpiLang.Compiler;
using Microsoft.Data.Sqlite;

namespace KpiLang.Schema.Build;

/// <summary>
/// Compiles a specification into a measurement database. An existing database is updated in one transaction (a
/// build that fails or is killed leaves it as it was); a new one is written to a temporary file beside the target
/// and renamed into place only when complete.
/// </summary>
public static class SchemaBuilder
{
    public static BuildResult Build(Compilation compilation, string target, BuildOptions options, CancellationToken cancellationToken = default)
    {
        if (compilation.HasErrors) throw new InvalidOperationException("A specification with errors is never written to a database.");
        if (IndicatorKeys.FindDuplicates(compilation).Count > 0)
            throw new InvalidOperationException("Indicator names must be unique across the specifications of one database.");

        var path = Path.GetFullPath(target);
        if (File.Exists(path)) return BuildInto(path, path, compilation, options, isNew: false, cancellationToken);

        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
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

    private static BuildResult BuildInto(string file, string shownPath, Compilation compilation, BuildOptions options, bool isNew, CancellationToken cancellationToken)
    {
        try
        {
            using var connection = SchemaDatabase.Open(file, isNew ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite);
            // Refuse a newer or foreign database before touching it at all (even the journal mode).
            var version = SchemaMigrator.ReadVersion(connection, shownPath);
            if (version > SchemaMigrator.LatestVersion)
                throw new DatabaseRefusedException(SchemaText.SchemaTooNew(shownPath, version, SchemaMigrator.LatestVersion));
            connection.Execute("PRAGMA journal_mode = WAL");

            using var transaction = connection.BeginTransaction(deferred: false);
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
            using var measurements = connection.Command("SELECT COUNT(*) FROM meting", transaction);
            var measurementCount = (long)measurements.ExecuteScalar()!;
            Step();
            transaction.Commit();
            return new BuildResult(isNew, migratedFrom, count, archivedWithCounts, restored, measurementCount);
        }
        catch (SqliteException e)
        {
            throw new DatabaseRefusedException(SchemaText.Unreadable(shownPath, e.Message));
        }
    }

    private static void WriteMetadata(SqliteConnection connection, SqliteTransaction transaction, Compilation compilation, BuildOptions options)
    {
        using var command = connection.Command(
            "INSERT INTO metadata (sleutel, waarde) VALUES ($k, $v) ON CONFLICT (sleutel) DO UPDATE SET waarde = excluded.waarde", transaction);
        var key = command.Parameters.Add("$k", SqliteType.Text);
        var value = command.Parameters.Add("$v", SqliteType.Text);
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

    private static ArchivedIndicator DescribeArchived(SqliteConnection connection, SqliteTransaction transaction, string key)
    {
        using var command = connection.Command(
            "SELECT titel, (SELECT COUNT(*) FROM meting m WHERE m.indicator_id = i.id) FROM indicator i WHERE sleutel = $k", transaction);
        command.Parameters.AddWithValue("$k", key);
        using var reader = command.ExecuteReader();
        reader.Read();
        return new ArchivedIndicator(key, reader.GetString(0), reader.GetInt64(1));
    }
}
