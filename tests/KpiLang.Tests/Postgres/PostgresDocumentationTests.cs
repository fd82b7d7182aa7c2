using System.Text.RegularExpressions;
using KpiLang.Tests.Cli;
using KpiLang.Tests.Schema;

namespace KpiLang.Tests.Postgres;

/// <summary>
/// The example queries of docs/schema.md run in psql on a PostgreSQL database as they run in the sqlite3 shell on a
/// SQLite one, and give the same rows: the same sample, the same measurements, the same build time.
/// </summary>
public partial class PostgresDocumentationTests
{
    [GeneratedRegex(@"```sql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    /// <summary>SQLite writes a whole REAL as 8.0, PostgreSQL as 8; the value is the same.</summary>
    [GeneratedRegex(@"(?<=\d)\.0(?=\||$)", RegexOptions.Multiline)]
    private static partial Regex WholeReal();

    [PostgresFact]
    public void The_example_queries_give_the_same_rows_in_psql_as_in_sqlite3()
    {
        const string csv = """
            indicator;periode_begin;periode_eind;uitsplitsing;waarde
            aantal_overleggen;2024-01-01;2024-12-31;Noord;8
            waardering_overleggen;2025-01-01;2025-06-30;;6,5
            """;
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "kpi.sqlite");
        var database = PostgresServer.Instance.CreateDatabase();
        var url = PostgresServer.Instance.Url(database);
        PostgresTestKit.Build(Repository.Samples, file);
        PostgresTestKit.Build(Repository.Samples, url);
        SchemaTestKit.Import(folder, file, csv);
        SchemaTestKit.Import(folder, url, csv);

        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "schema.md"));
        var queries = SqlBlock().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.True(queries.Count >= 15, $"only {queries.Count} example queries found");
        foreach (var query in queries)
        {
            var inSqlite = Rows(SqliteShell.Query(file, query, "-header"));
            var inPostgres = Rows(PostgresTestKit.Query(database, query));
            // sqlite3 prints no header when there are no rows; psql always does.
            if (inSqlite.Count == 0) inPostgres = inPostgres[1..];
            Assert.True(inSqlite.SequenceEqual(inPostgres), $"{query}\nsqlite3:\n{string.Join('\n', inSqlite)}\npsql:\n{string.Join('\n', inPostgres)}");
        }
    }

    /// <summary>The header, then the rows in a fixed order: NULLs sort first in SQLite and last in PostgreSQL.</summary>
    private static List<string> Rows(string output)
    {
        var lines = WholeReal().Replace(output.Replace("\r", ""), "").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == 0 ? [] : [lines[0], .. lines.Skip(1).Order(StringComparer.Ordinal)];
    }
}
