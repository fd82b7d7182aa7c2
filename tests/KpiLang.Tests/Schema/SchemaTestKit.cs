using KpiLang.Compiler;
using KpiLang.Schema;
using KpiLang.Schema.Build;
using KpiLang.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace KpiLang.Tests.Schema;

/// <summary>Builds specifications into temporary databases and reads them back, for the schema tests.</summary>
internal static class SchemaTestKit
{
    public static readonly DateTimeOffset BuildTime = new(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Copies a sample folder into the temp folder and returns the copy's path.</summary>
    public static string CopySample(TempFolder folder, string sample)
    {
        var target = Path.Combine(folder.Path, sample);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Samples, sample), "*.kpi"))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    /// <summary>Compiles a folder and builds it into the database in-process (faster than the CLI for loops).</summary>
    public static BuildResult Build(string folder, string database)
    {
        var compilation = Compilation.FromPaths([folder], new CompilationOptions(folder, new DateOnly(2025, 6, 1)));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())));
        return SchemaBuilder.Build(compilation, database, new BuildOptions("test", BuildTime, folder));
    }

    /// <summary>A temporary copy of a sample, built into a database next to it; dispose the folder when done.</summary>
    public static (TempFolder Folder, string Database) BuildSample(string sample)
    {
        var folder = new TempFolder();
        var spec = CopySample(folder, sample);
        var database = Path.Combine(folder.Path, sample + ".sqlite");
        Build(spec, database);
        return (folder, database);
    }

    public static SqliteConnection Open(string database) => SchemaDatabase.Open(database, SqliteOpenMode.ReadWriteCreate);

    public static List<object?[]> Query(string database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    public static object? Scalar(string database, string sql) => Query(database, sql).FirstOrDefault()?[0];

    public static void Execute(string database, string sql)
    {
        using var connection = Open(database);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Imports CSV text through the CLI and asserts it loaded.</summary>
    public static void Import(TempFolder folder, string database, string csv)
    {
        var file = folder.Write($"import-{Guid.NewGuid():N}.csv", csv);
        var (code, output, error) = CliRunner.Run("import", file, "--db", database);
        Assert.True(code == 0, output + error);
    }

    public static string Sha256(string file) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(file)));
}
