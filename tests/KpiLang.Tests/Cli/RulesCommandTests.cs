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

/// <summary>
/// The two families of codes: rules are KPI101–KPI199, compiler errors KPL0001–KPL0299. The old compiler codes
/// (KPI0xxx) still work wherever a user types one, and say what they are now.
/// </summary>
public class CodeFamilyTests
{
    [Fact]
    public void Kpic_rules_says_which_codes_are_rules_and_which_are_language_errors()
    {
        var (_, output, _) = CliRunner.Run("rules");
        Assert.Contains("regels (KPI101–KPI199)", output);
        Assert.Contains("Taalfouten hebben codes KPL0001–KPL0299 (vroeger KPI0001–KPI0299): die kun je niet instellen of negeren", output);
        Assert.Contains("Language errors have codes KPL0001–KPL0299 (formerly KPI0001–KPI0299)", CliRunner.Run("rules", "--lang", "en").Output);
        Assert.DoesNotContain("KPL0", string.Join('\n', output.Split('\n').Where(l => l.StartsWith("KP", StringComparison.Ordinal))));
    }

    [Fact]
    public void Every_compiler_code_starts_with_KPL_and_every_rule_code_with_KPI1()
    {
        Assert.All(KpiLang.Diagnostics.CompilerDiagnostics.All, d => Assert.Matches("^KPL0[0-2][0-9]{2}$", d.Code));
        Assert.All(RuleCatalog.All, d => Assert.Matches("^KPI1[0-9]{2}$", d.Code));
    }

    [Theory]
    [InlineData("KPI0102", "KPI0102 heet nu KPL0102 (onbekende-naam), een taalfout: los hem op in plaats van hem te negeren")]
    [InlineData("KPL0102", "KPL0102 (onbekende-naam) is een taalfout: los hem op in plaats van hem te negeren")]
    public void A_compiler_code_in_kpi_negeer_is_named_old_or_new(string code, string says)
    {
        using var folder = new TempFolder();
        folder.Write("a.kpi", $"// kpi-negeer {code}: liever niet\nactor team \"Team\" {{\n    soort: team\n}}\n");
        var (_, output, _) = CliRunner.Run("check", folder.Path);
        Assert.Contains($"waarschuwing KPI196: '{code}' is geen regelcode die genegeerd kan worden; {says}", output);
    }

    [Fact]
    public void An_old_compiler_code_in_kpiconfig_says_its_new_name()
    {
        using var folder = new TempFolder();
        folder.Write("kpiconfig.json", "{ \"regels\": { \"KPI0104\": \"uit\" } }");
        folder.Write("a.kpi", "actor team \"Team\" {\n    soort: team\n}\n");
        var (_, output, _) = CliRunner.Run("check", folder.Path);
        Assert.Contains("'KPI0104' is geen regelcode (KPI0104 heet nu KPL0104 (hoort-hier-niet), een taalfout; taalfouten kunnen niet worden uitgezet)", output);
    }

    [Fact]
    public void Every_old_compiler_code_has_a_page_that_points_to_its_new_one()
    {
        foreach (var descriptor in KpiLang.Diagnostics.CompilerDiagnostics.All)
        {
            var old = "KPI" + descriptor.Code[3..];
            Assert.Same(descriptor, KpiLang.Diagnostics.CompilerCodes.Find(old));
            var page = Path.Combine(Repository.Root, "docs", "diagnostieken", old + ".md");
            if (int.Parse(descriptor.Code[3..], System.Globalization.CultureInfo.InvariantCulture) is >= 8 and <= 14 or 130) continue; // new since the rename
            Assert.Contains($"[{descriptor.Code}]({descriptor.Code}.md)", File.ReadAllText(page));
        }
    }
}
