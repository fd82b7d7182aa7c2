using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>kpic build follows kpiconfig.json exactly as kpic check does: raised rules stop it, switched-off rules do not.</summary>
public class BuildHonoursConfigTests
{
    // An indicator without an owner: KPI120 (eigenaar-ontbreekt), a warning by default.
    private const string WithoutOwner = """
        indicator ontruimingen "Aantal woningontruimingen door huurschuld" {
            laag: impact
            soort: aantal
        }
        """;

    [Fact]
    public void A_rule_raised_to_fout_stops_the_build_and_leaves_the_database_unchanged()
    {
        using var folder = new TempFolder();
        folder.Write("spec/spec.kpi", WithoutOwner);
        var database = Path.Combine(folder.Path, "meet.sqlite");
        var (first, output, error) = CliRunner.Run("build", Path.Combine(folder.Path, "spec"), "-o", database);
        Assert.True(first == 0, output + error);
        Assert.DoesNotContain("KPI120", error);
        var before = SchemaTestKit.Sha256(database);

        folder.Write("spec/kpiconfig.json", """{ "regels": { "KPI120": "fout" } }""");
        var (code, _, refused) = CliRunner.Run("build", Path.Combine(folder.Path, "spec"), "-o", database);
        Assert.Equal(1, code);
        Assert.Equal(code, CliRunner.Run("check", Path.Combine(folder.Path, "spec")).ExitCode);
        Assert.Contains("spec.kpi(1,", refused);
        Assert.Contains("fout KPI120", refused);
        Assert.Contains("de database is niet geschreven", refused);
        Assert.Equal(before, SchemaTestKit.Sha256(database));

        var (_, _, english) = CliRunner.Run("build", Path.Combine(folder.Path, "spec"), "-o", database, "--lang", "en");
        Assert.Contains("error KPI120", english);
        Assert.Contains("the database was not written", english);
    }

    [Fact]
    public void A_rule_switched_off_in_the_nearest_kpiconfig_json_neither_stops_nor_prints()
    {
        using var folder = new TempFolder();
        folder.Write("kpiconfig.json", """{ "regels": { "KPI120": "fout" } }""");
        folder.Write("streng/streng.kpi", WithoutOwner);
        folder.Write("rustig/kpiconfig.json", """{ "regels": { "KPI120": "uit" } }""");
        folder.Write("rustig/rustig.kpi", WithoutOwner.Replace("ontruimingen", "huisuitzettingen", StringComparison.Ordinal));
        var database = Path.Combine(folder.Path, "meet.sqlite");

        var (code, _, error) = CliRunner.Run("build", folder.Path, "-o", database);
        Assert.Equal(1, code);
        Assert.Contains("streng.kpi(1,", error);
        Assert.DoesNotContain("rustig.kpi", error);
        Assert.Contains("1 fout", error);
        Assert.False(File.Exists(database));

        var (quiet, output, quietError) = CliRunner.Run("build", Path.Combine(folder.Path, "rustig"), "-o", database, "--root", folder.Path);
        Assert.True(quiet == 0, output + quietError);
        Assert.DoesNotContain("KPI120", quietError);
        Assert.Contains("Database gemaakt", output);
    }

    [Fact]
    public void An_invalid_kpiconfig_json_is_reported_by_build_as_by_check_and_nothing_is_written()
    {
        using var folder = new TempFolder();
        folder.Write("spec.kpi", WithoutOwner);
        folder.Write("kpiconfig.json", "{\n  \"regels\": {\n    \"KPI120\": \"fout\",,\n  }\n}");
        var database = Path.Combine(folder.Path, "meet.sqlite");

        var (checkCode, checkOutput, _) = CliRunner.Run("check", folder.Path);
        var (code, _, error) = CliRunner.Run("build", folder.Path, "-o", database);
        Assert.Equal(1, checkCode);
        Assert.Equal(checkCode, code);
        var reported = checkOutput.Split('\n').Single(l => l.Contains("KPI190", StringComparison.Ordinal));
        Assert.Contains("kpiconfig.json(3,", reported);
        Assert.Contains(reported, error);
        Assert.Contains("de database is niet geschreven", error);
        Assert.False(File.Exists(database));
    }

    [Fact]
    public void A_warning_about_kpiconfig_json_is_shown_by_build_without_stopping_it()
    {
        using var folder = new TempFolder();
        folder.Write("spec.kpi", WithoutOwner);
        folder.Write("kpiconfig.json", "{\n  \"regels\": {\n    \"KPI1200\": \"fout\"\n  }\n}");
        var database = Path.Combine(folder.Path, "meet.sqlite");

        var (code, output, error) = CliRunner.Run("build", folder.Path, "-o", database);
        Assert.True(code == 0, output + error);
        Assert.Contains("kpiconfig.json(3,5): waarschuwing KPI191", error);
        Assert.Contains("kpiconfig.json(3,5): waarschuwing KPI191", CliRunner.Run("check", folder.Path).Output);
        Assert.DoesNotContain("KPI120:", error);
        Assert.True(File.Exists(database));
    }
}
