using System.Text.RegularExpressions;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>docs/schema.md describes every table and view, and its example queries work in the real sqlite3 shell.</summary>
public partial class SchemaDocumentationTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "schema.md"));

    [GeneratedRegex(@"```sql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    [Fact]
    public void Every_table_and_view_has_a_section()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "kpi.sqlite");
        Assert.Equal(0, CliRunner.Run("build", Repository.Samples, "-o", database).ExitCode);
        var names = SchemaTestKit.Query(database, "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")
            .Select(r => (string)r[0]!);
        Assert.All(names, name => Assert.Contains($"\n### {name}\n", Page));
    }

    [Fact]
    public void The_example_queries_run_in_the_sqlite3_shell_on_a_built_sample()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "kpi.sqlite");
        Assert.Equal(0, CliRunner.Run("build", Repository.Samples, "-o", database).ExitCode);
        SchemaTestKit.Import(folder, database, """
            indicator;periode_begin;periode_eind;uitsplitsing;waarde
            aantal_overleggen;2024-01-01;2024-12-31;Noord;8
            waardering_overleggen;2025-01-01;2025-06-30;;6,5
            """);

        var queries = SqlBlock().Matches(Page).Select(m => m.Groups[1].Value).ToList();
        Assert.True(queries.Count >= 15, $"only {queries.Count} example queries found");
        var results = new List<string>();
        foreach (var query in queries) results.Add(SqliteShell.Query(database, query, "-header"));
        // The questions of the brief get answers: something is behind, the stuurgroep has a history of replacements.
        Assert.Contains(results, r => r.Contains("waardering_overleggen", StringComparison.Ordinal) && r.StartsWith("indicator|doel|", StringComparison.Ordinal));
        Assert.Contains(results, r => r.StartsWith("opvolger|voorganger|voorganger_actief", StringComparison.Ordinal) && r.Contains("aantal_overleggen", StringComparison.Ordinal));
    }
}
