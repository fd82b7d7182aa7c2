using KpiLang.Tests.Cli;
using KpiLang.Tests.Schema;

namespace KpiLang.Tests.Postgres;

/// <summary>
/// The same measurement database on PostgreSQL: the samples build into the same tables, views and columns as in
/// SQLite, samples/metingen.csv imports into both, and status and report read the same from either.
/// </summary>
public class PostgresSchemaTests
{
    private static PostgresServer Server => PostgresServer.Instance;

    [PostgresFact]
    public void Samples_build_into_postgresql_with_the_same_tables_views_and_columns_as_sqlite()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "kpi.sqlite");
        var database = Server.CreateDatabase();
        var (code, output, error) = CliRunner.Run("build", Repository.Samples, "-o", file);
        Assert.True(code == 0, output + error);
        (code, output, error) = CliRunner.Run("build", Repository.Samples, "-o", Server.Url(database));
        Assert.True(code == 0, output + error);
        Assert.Equal($"Database gemaakt: {Server.Url(database)} (41 indicatoren, 0 metingen bewaard).\n", output);

        var sqlite = SchemaTestKit.Query(file, """
            SELECT m.type || ' ' || m.name || ': ' || group_concat(c.name, ', ')
            FROM sqlite_schema m JOIN pragma_table_info(m.name) c
            WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite_%'
            GROUP BY m.name ORDER BY m.name
            """).Select(r => (string)r[0]!);
        var postgres = PostgresTestKit.Query(database, """
            SELECT CASE t.table_type WHEN 'VIEW' THEN 'view' ELSE 'table' END || ' ' || t.table_name || ': '
                   || string_agg(c.column_name, ', ' ORDER BY c.ordinal_position)
            FROM information_schema.tables t JOIN information_schema.columns c USING (table_schema, table_name)
            WHERE t.table_schema = 'public'
            GROUP BY t.table_type, t.table_name ORDER BY t.table_name COLLATE "C"
            """).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1);
        Assert.Equal(sqlite, postgres);

        // The specification itself, row for row (ids and build times apart).
        foreach (var table in new[] { "actor", "doel", "indicator", "streefwaarde", "publiek", "indicator_aanbieder", "uitsplitsing", "herijking" })
            Assert.Equal((long)SchemaTestKit.Scalar(file, $"SELECT COUNT(*) FROM {table}")!, PostgresTestKit.Count(database, $"SELECT COUNT(*) FROM {table}"));
    }

    [PostgresFact]
    public void Sample_measurements_import_into_both_and_status_and_report_read_the_same()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "kpi.sqlite");
        var url = Server.Url(Server.CreateDatabase());
        var csv = Path.Combine(Repository.Samples, "metingen.csv");
        foreach (var target in new[] { file, url })
        {
            Assert.Equal(0, CliRunner.Run("build", Repository.Samples, "-o", target).ExitCode);
            var (code, output, error) = CliRunner.Run("import", csv, "--db", target);
            Assert.True(code == 0, output + error);
            Assert.Equal($"18 metingen geladen in {target}.\n", output);
        }
        Assert.Equal(CliRunner.Run("status", "--db", file), CliRunner.Run("status", "--db", url));

        var pages = new[] { file, url }.Select(target =>
        {
            var page = Path.Combine(folder.Path, Guid.NewGuid().ToString("N") + ".html");
            Assert.Equal(0, CliRunner.Run("report", "--db", target, "-o", page).ExitCode);
            return System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(page), @"Gebouwd op \S+", "");
        }).ToList();
        Assert.Equal(pages[0], pages[1]);

        // Each row records its provider: from the 'aanbieder' column, or from a breakdown that names one.
        Assert.Equal("""
            indicator|uitsplitsing|aanbieder|waarde
            klanttevredenheid_jeugdhulp|aanbieder=Jeugdzorg Veluwe|jeugdzorg_veluwe|7.6
            klanttevredenheid_jeugdhulp|aanbieder=Samen Sterk|samen_sterk|7.2
            wachttijd_jeugdhulp||samen_sterk|8.5

            """, PostgresTestKit.Query(url[(url.LastIndexOf('/') + 1)..],
            "SELECT indicator, uitsplitsing, aanbieder, waarde FROM meting_met_indicator WHERE aanbieder <> '' ORDER BY 1, 2").Replace("\r", ""));
    }

    [PostgresFact]
    public void Every_view_runs_with_the_rights_of_its_reader()
    {
        var database = Server.CreateDatabase();
        Assert.Equal(0, CliRunner.Run("build", Repository.Samples, "-o", Server.Url(database)).ExitCode);
        Assert.Equal(0, PostgresTestKit.Count(database, """
            SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind = 'v' AND n.nspname = 'public' AND NOT COALESCE(c.reloptions @> ARRAY['security_invoker=true'], false)
            """));
        Assert.Equal(13, PostgresTestKit.Count(database, "SELECT COUNT(*) FROM pg_views WHERE schemaname = 'public'"));
    }

    [PostgresFact]
    public void A_rebuild_keeps_every_measurement_and_says_so()
    {
        var database = Server.CreateDatabase();
        var url = Server.Url(database);
        Assert.Equal(0, CliRunner.Run("build", Repository.Samples, "-o", url).ExitCode);
        Assert.Equal(0, CliRunner.Run("import", Path.Combine(Repository.Samples, "metingen.csv"), "--db", url).ExitCode);
        var (code, output, _) = CliRunner.Run("build", Repository.Samples, "-o", url);
        Assert.Equal(0, code);
        Assert.Equal($"Database bijgewerkt: {url} (41 indicatoren, 18 metingen bewaard).\n", output);
        Assert.Equal(41, PostgresTestKit.Count(database, "SELECT COUNT(*) FROM indicator"));
    }

    [PostgresFact]
    public void The_readmes_postgresql_commands_work_as_shown()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var block = readme[readme.IndexOf("kpic build samples -o postgresql://", StringComparison.Ordinal)..];
        var commands = block[..block.IndexOf("```", StringComparison.Ordinal)].Split('\n').Where(l => l.StartsWith("kpic ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, commands.Count);
        var url = Server.Url(Server.CreateDatabase());
        var outputs = commands.Select(command =>
        {
            var args = command.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(a => a.StartsWith("postgresql://", StringComparison.Ordinal) ? url : a.StartsWith("samples", StringComparison.Ordinal) ? Path.Combine(Repository.Root, a) : a)
                .ToArray();
            // Each command in a process of its own, as a user types it (and as the native kpic in CI, KPIC_EXECUTABLE).
            var (code, output, error) = PostgresTestKit.Run(args);
            Assert.True(code == 0, $"{command}\n{output}{error}");
            return output;
        }).ToList();
        Assert.StartsWith($"Rijbeveiliging ingesteld in {url} ", outputs[1]);
        Assert.Equal($"18 metingen geladen in {url}.\n", outputs[2]);
        Assert.Contains("✎ verteld  ervaren_samenhang", outputs[3]);
    }

    [PostgresFact]
    public void An_empty_database_is_read_as_not_built_yet()
    {
        var url = Server.Url(Server.CreateDatabase());
        var (code, output, error) = CliRunner.Run("status", "--db", url);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"kpic: de database '{url}' bestaat niet; maak hem eerst met 'kpic build <paden> -o {url}'.\n", error);
    }
}
