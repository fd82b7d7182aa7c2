using KpiLang.Diagnostics;
using KpiLang.Tests.Cli;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Semantics;

/// <summary>'vervangt:' names an indicator that exists, in the specification or in the database being built.</summary>
public class ReplacementTests
{
    private const string Successor = """
        indicator waardering_overleggen "Waardering van de overleggen" {
            soort: score 1..10
            vervangt: aantal_overlegen omdat "het aantal zegt te weinig"
        }
        """;

    [Fact]
    public void A_replaced_name_that_exists_nowhere_is_an_error_with_a_suggestion()
    {
        var compilation = TestCompiler.Compile("""
            indicator aantal_overleggen "Aantal overleggen" { soort: aantal }
            """ + "\n" + Successor);

        var error = Assert.Single(compilation.Diagnostics, d => d.IsError);
        Assert.Equal("KPL0123", error.Code);
        Assert.Equal("'aantal_overlegen' is geen indicator van deze specificatie of van de database (bedoel je 'aantal_overleggen'?); "
            + "'vervangt:' noemt de indicator die deze opvolgt", error.GetMessage(Language.Nl));
    }

    [Fact]
    public void Build_accepts_a_replaced_indicator_that_only_the_database_still_holds_and_links_its_history()
    {
        using var folder = new TempFolder();
        var spec = folder.Write("spec.kpi", """
            indicator aantal_overlegen "Aantal overleggen" { soort: aantal }
            """);
        var database = Path.Combine(folder.Path, "kpi.sqlite");
        Assert.Equal(0, CliRunner.Run("build", spec, "-o", database).ExitCode);

        File.WriteAllText(spec, Successor);
        var (checkExit, checkOutput, _) = CliRunner.Run("check", spec);
        var (buildExit, _, buildError) = CliRunner.Run("build", spec, "-o", database);

        Assert.Equal(1, checkExit);
        Assert.Contains("KPL0123", checkOutput);
        Assert.True(buildExit == 0, buildError);
        using var connection = KpiLang.Schema.SchemaDatabase.Open(database, Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT v.voorganger_sleutel, o.actief FROM vervanging v JOIN indicator o ON o.id = v.voorganger_id";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), "de geschiedenisregel wijst naar de oude indicator");
        Assert.Equal("aantal_overlegen", reader.GetString(0));
        Assert.Equal(0, reader.GetInt64(1));
    }

    [Fact]
    public void Build_refuses_a_replaced_name_the_database_does_not_hold_either()
    {
        using var folder = new TempFolder();
        var spec = folder.Write("spec.kpi", Successor);

        var (exit, _, error) = CliRunner.Run("build", spec, "-o", Path.Combine(folder.Path, "kpi.sqlite"));

        Assert.Equal(1, exit);
        Assert.Contains("KPL0123", error);
        Assert.False(File.Exists(Path.Combine(folder.Path, "kpi.sqlite")));
    }
}
