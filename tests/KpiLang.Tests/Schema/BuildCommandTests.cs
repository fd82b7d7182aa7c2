using KpiLang.Schema;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

public class BuildCommandTests
{
    public static TheoryData<string> Samples() => [.. Directory.GetDirectories(Repository.Samples).Select(d => Path.GetFileName(d)!).Order()];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_sample_builds_with_all_its_indicators(string sample)
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "meet.sqlite");
        var (code, output, error) = CliRunner.Run("build", Path.Combine(Repository.Samples, sample), "-o", database);
        Assert.True(code == 0, output + error);
        var declared = Directory.GetFiles(Path.Combine(Repository.Samples, sample), "*.kpi")
            .Sum(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"^\s*indicator\s+\w+", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
        Assert.Equal((long)declared, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM indicator WHERE actief = 1"));
        Assert.Equal("ok", SchemaTestKit.Scalar(database, "PRAGMA integrity_check"));
        Assert.Equal(0L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM pragma_foreign_key_check"));
        Assert.Equal(SchemaMigrator.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SchemaTestKit.Scalar(database, "SELECT waarde FROM metadata WHERE sleutel = 'schema_versie'"));
        Assert.Equal("wal", SchemaTestKit.Scalar(database, "PRAGMA journal_mode"));
    }

    [Fact]
    public void All_samples_build_into_one_database_with_metadata_and_source_spans()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "alles.sqlite");
        var (code, output, error) = CliRunner.Run("build", Repository.Samples, "-o", database);
        Assert.True(code == 0, output + error);
        Assert.Contains("Database gemaakt", output);
        var keys = SchemaTestKit.Query(database, "SELECT sleutel FROM metadata").Select(r => (string)r[0]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "schema_versie", "compiler_versie", "bron_hash", "gebouwd_op" }, keys);
        // The RESV indicator 'aantal_overleggen' is declared in resv/resv.kpi; its row says where.
        var row = SchemaTestKit.Query(database, "SELECT bestand, regel FROM indicator WHERE sleutel = 'aantal_overleggen'").Single();
        Assert.Equal("resv/resv.kpi", row[0]);
        var line = File.ReadAllLines(Path.Combine(Repository.Samples, "resv", "resv.kpi")).ToList().FindIndex(l => l.Contains("indicator aantal_overleggen", StringComparison.Ordinal)) + 1;
        Assert.Equal((long)line, row[1]);
        // The replacement in the RESV sample links the successor to its predecessor.
        var history = SchemaTestKit.Query(database, "SELECT opvolger, voorganger, per FROM vervangingsgeschiedenis").Single();
        Assert.Equal(["waardering_overleggen", "aantal_overleggen", "2025-01-01"], history);
        // The stuurgroep's agenda holds the yearly recalibration of the RESV on its agreed date.
        var review = SchemaTestKit.Query(database,
            "SELECT onderwerp_soort, onderwerp, volgende_keer FROM agenda WHERE actor = 'stuurgroep' AND rol = 'herijking'").Single();
        Assert.Equal(["organisatie", "resv_samenwerkingsverband", "2027-12-15"], review);
    }

    [Fact]
    public void A_specification_with_errors_is_not_written()
    {
        using var folder = new TempFolder();
        folder.Write("fout.kpi", "doel a \"A\" {\n  indicator b \"B\" { laag: impakt }\n}\n");
        var database = Path.Combine(folder.Path, "meet.sqlite");
        var (code, _, error) = CliRunner.Run("build", folder.Path, "-o", database);
        Assert.Equal(1, code);
        Assert.Contains("de database is niet geschreven", error);
        Assert.Contains("fout.kpi(2,", error);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public void Names_with_quotes_semicolons_and_sql_keywords_are_stored_as_data()
    {
        using var folder = new TempFolder();
        const string title = "Robert'); DROP TABLE meting; -- \"SELECT * FROM indicator\"";
        var spec = string.Join('\n',
            "actor DROP_TABLE " + Quote(title) + " { niveau: strategisch }",
            "doel SELECT_x " + Quote("x'; DELETE FROM doel; --") + " {",
            "  indicator meting_table " + Quote("Waarde; met 'quotes' en \"dubbele\"") + " {",
            "    laag: impact",
            "    soort: aantal",
            "    eigenaar: DROP_TABLE",
            "  }",
            "}");
        folder.Write("spec.kpi", spec);
        var database = Path.Combine(folder.Path, "meet.sqlite");
        var (code, output, error) = CliRunner.Run("build", folder.Path, "-o", database);
        Assert.True(code == 0, output + error);
        Assert.Equal("DROP_TABLE", SchemaTestKit.Scalar(database, "SELECT naam FROM actor"));
        Assert.Equal("x'; DELETE FROM doel; --", SchemaTestKit.Scalar(database, "SELECT titel FROM doel"));
        Assert.Equal(1L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'meting'"));
        Assert.Equal(1L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM indicator WHERE sleutel = 'meting_table'"));
        Assert.Equal(title, SchemaTestKit.Scalar(database, "SELECT titel FROM actor"));
        Assert.Equal("Waarde; met 'quotes' en \"dubbele\"", SchemaTestKit.Scalar(database, "SELECT titel FROM indicator"));
    }

    private static string Quote(string text) => KpiLang.Syntax.StringLiterals.Quote(text);

    [Fact]
    public void A_database_from_a_newer_kpic_is_refused_and_left_unchanged()
    {
        using var folder = new TempFolder();
        var spec = SchemaTestKit.CopySample(folder, "nijmegen");
        var database = Path.Combine(folder.Path, "meet.sqlite");
        SchemaTestKit.Build(spec, database);
        SchemaTestKit.Execute(database, "UPDATE metadata SET waarde = '999' WHERE sleutel = 'schema_versie'");
        var before = SchemaTestKit.Sha256(database);

        foreach (var args in new[] { new[] { "build", spec, "-o", database }, ["status", "--db", database], ["report", "--db", database, "-o", Path.Combine(folder.Path, "r.html")],
                     ["import", folder.Write("m.csv", "indicator,periode_begin,periode_eind,waarde\n"), "--db", database] })
        {
            var (code, _, error) = CliRunner.Run(args);
            Assert.Equal(3, code);
            Assert.Contains("schemaversie 999", error);
            Assert.Contains("nieuwere kpic", error);
        }
        var (_, _, english) = CliRunner.Run("build", spec, "-o", database, "--lang", "en");
        Assert.Contains("has schema version 999", english);
        Assert.Equal(before, SchemaTestKit.Sha256(database));
    }

    [Fact]
    public void An_older_database_is_migrated_and_keeps_its_rows()
    {
        using var folder = new TempFolder();
        var spec = SchemaTestKit.CopySample(folder, "nijmegen");
        var database = Path.Combine(folder.Path, "oud.sqlite");
        using (var connection = SchemaDatabase.Open(database, Microsoft.Data.Sqlite.SqliteOpenMode.ReadWriteCreate))
        using (var transaction = connection.BeginTransaction())
        {
            SchemaMigrator.Migrate(connection, transaction, database, targetVersion: 1);
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO actor (naam, titel, bestand, regel, kolom, eind_regel, eind_kolom) VALUES ('oud', 'Oud', 'x.kpi', 1, 1, 1, 2)";
            insert.ExecuteNonQuery();
            transaction.Commit();
        }
        Assert.Equal("1", SchemaTestKit.Scalar(database, "SELECT waarde FROM metadata WHERE sleutel = 'schema_versie'"));

        var (code, output, error) = CliRunner.Run("build", spec, "-o", database);
        Assert.True(code == 0, output + error);
        Assert.Contains($"Schema bijgewerkt van versie 1 naar {SchemaMigrator.LatestVersion}", output);
        Assert.Equal(SchemaMigrator.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            SchemaTestKit.Scalar(database, "SELECT waarde FROM metadata WHERE sleutel = 'schema_versie'"));
        Assert.Equal(0L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM meting"));
        Assert.Equal(0L, SchemaTestKit.Scalar(database, "SELECT COUNT(*) FROM indicator_status WHERE status NOT IN ('geen data', 'geen streefwaarde')"));
    }

    [Fact]
    public void A_file_that_is_no_kpi_database_is_refused()
    {
        using var folder = new TempFolder();
        var spec = SchemaTestKit.CopySample(folder, "nijmegen");
        var other = Path.Combine(folder.Path, "ander.sqlite");
        SchemaTestKit.Execute(other, "CREATE TABLE klant (id INTEGER)");
        var text = folder.Write("tekst.sqlite", "dit is geen database, maar een tekstbestand van voldoende lengte om de kop te vullen........");
        Assert.Equal(3, CliRunner.Run("build", spec, "-o", other).ExitCode);
        var (code, _, error) = CliRunner.Run("build", spec, "-o", text);
        Assert.Equal(3, code);
        Assert.Contains("niet gewijzigd", error);
        Assert.Equal(2, CliRunner.Run("status", "--db", Path.Combine(folder.Path, "bestaat-niet.sqlite")).ExitCode);
    }

    [Fact]
    public void Clashing_indicator_names_across_specifications_are_refused()
    {
        using var folder = new TempFolder();
        folder.Write("a/a.kpi", "indicator gedeeld \"A\" { laag: impact }\n");
        folder.Write("b/b.kpi", "indicator gedeeld \"B\" { laag: impact }\n");
        var database = Path.Combine(folder.Path, "meet.sqlite");
        var (code, _, error) = CliRunner.Run("build", folder.Path, "-o", database);
        Assert.Equal(1, code);
        Assert.Contains("'gedeeld'", error);
        Assert.False(File.Exists(database));
    }

    [Theory]
    [InlineData("build", "samples")]
    [InlineData("import", "bestaat-niet.csv", "--db", "x.sqlite")]
    [InlineData("status")]
    [InlineData("report", "--db", "bestaat-niet.sqlite", "-o", "r.html")]
    public void Usage_errors_of_the_database_commands_exit_two(params string[] args) =>
        Assert.Equal(2, CliRunner.Run(args).ExitCode);
}
