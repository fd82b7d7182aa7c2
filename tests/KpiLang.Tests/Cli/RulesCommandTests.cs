using System.Text.Json;
using KpiLang.Analysis;

namespace KpiLang.Tests.Cli;

public class RulesCommandTests
{
    [Fact]
    public void Rules_lists_every_rule_with_code_level_and_category()
    {
        var (code, output, _) = CliRunner.Run("rules");
        Assert.Equal(0, code);
        Assert.All(RuleCatalog.All, d => Assert.Contains(d.Code, output));
        Assert.Contains("KPI139  waarschuwing  Methode", output);
        Assert.Contains("kpiconfig.json", output);
    }

    [Fact]
    public void Rules_in_json_and_english_give_levels_settings_and_help_links()
    {
        var (code, output, _) = CliRunner.Run("rules", "--format", "json", "--lang", "en");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var rules = json.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(RuleCatalog.All.Count, rules.Count);
        var scope = rules.Single(r => r.GetProperty("code").GetString() == "KPI110");
        Assert.Equal("warning", scope.GetProperty("defaultLevel").GetString());
        Assert.Equal("aantal", scope.GetProperty("category").GetString());
        Assert.Equal(15, scope.GetProperty("settings")[0].GetProperty("defaultValue").GetInt32());
        Assert.EndsWith("docs/regels/KPI110.md", scope.GetProperty("helpUri").GetString());
        Assert.StartsWith("With too many KPIs", scope.GetProperty("description").GetString());
    }
}

public class CheckWithRulesTests
{
    private const string WithoutDisclaimer = """
        actor team "Team" { niveau: uitvoering  beïnvloedt: ontruimingen }
        organisatie gemeente "Gemeente" { herijking: jaarlijks door team, volgende 2099-01-01 }
        indicator ontruimingen "Aantal woningontruimingen door huurschuld" {
            soort: aantal
            bron: "Opgave van de woningcorporaties"
            eigenaar: team
            bespreking: team maandelijks
            nulmeting: 14 in 2022
            streefwaarde: maximaal 10 per jaar in 2026 { afgesproken met: team }
        }
        """;

    [Fact]
    public void Rule_warnings_are_reported_with_their_code_and_exit_zero()
    {
        using var folder = new TempFolder();
        folder.Write("spec.kpi", WithoutDisclaimer);
        var (code, output, _) = CliRunner.Run("check", folder.Path, "--today", "2025-06-01");
        Assert.Equal(0, code);
        Assert.Contains("waarschuwing KPI138", output);
    }

    [Fact]
    public void Every_smart_rule_says_its_letter_in_json_and_other_rules_have_no_letter_field()
    {
        var (_, output, _) = CliRunner.Run("rules", "--format", "json");
        using var json = JsonDocument.Parse(output);
        var letters = json.RootElement.GetProperty("rules").EnumerateArray()
            .ToDictionary(r => r.GetProperty("code").GetString()!, r => r.TryGetProperty("smart", out var l) ? l.GetString() : null);

        Assert.Equal("S", letters["KPI101"]);
        Assert.Equal("M", letters["KPI102"]);
        Assert.Equal("R", letters["KPI104"]);
        Assert.Equal("T", letters["KPI105"]);
        Assert.Equal("A", letters["KPI120"]);
        Assert.Null(letters["KPI103"]);
        Assert.Null(letters["KPI142"]);
        Assert.Equal(5, letters.Values.Count(l => l is not null));
    }

    [Fact]
    public void A_rule_raised_to_fout_in_kpiconfig_json_makes_the_check_exit_one()
    {
        using var folder = new TempFolder();
        folder.Write("spec.kpi", WithoutDisclaimer);
        folder.Write("kpiconfig.json", """{ "regels": { "KPI138": "fout" } }""");
        var (code, output, _) = CliRunner.Run("check", folder.Path, "--today", "2025-06-01");
        Assert.Equal(1, code);
        Assert.Contains("fout KPI138", output);
    }

    [Fact]
    public void Config_findings_name_the_config_file_line_and_column()
    {
        using var folder = new TempFolder();
        folder.Write("spec.kpi", WithoutDisclaimer);
        folder.Write("kpiconfig.json", "{\n  \"regels\": {\n    \"KPI1380\": \"fout\"\n  }\n}");
        var (code, output, _) = CliRunner.Run("check", folder.Path, "--today", "2025-06-01");
        Assert.Equal(0, code);
        Assert.Contains("kpiconfig.json(3,5): waarschuwing KPI191", output);
    }

    [Fact]
    public void The_samples_pass_with_only_warnings_and_show_the_goodhart_warning_on_the_fraud_example()
    {
        var (code, output, _) = CliRunner.Run("check", Repository.Samples, "--today", "2025-06-01");
        Assert.Equal(0, code);
        Assert.Contains("fraude.kpi(47,13): waarschuwing KPI139", output);
    }
}
