using KpiLang.Analysis;
using KpiLang.Analysis.Configuration;
using KpiLang.Diagnostics;

namespace KpiLang.Tests.Rules;

public sealed class ConfigurationTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("kpiconfig-tests").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_nearest_config_walking_up_applies_and_files_are_not_merged()
    {
        Write("kpiconfig.json", """{ "regels": { "KPI130": "uit", "KPI120": "fout" } }""");
        Write("team/kpiconfig.json", """{ "regels": { "KPI111": { "maximum": 3 } } }""");
        Directory.CreateDirectory(Path.Combine(_root, "team", "sub"));

        var top = ConfigLoader.Load(Path.Combine(_root, "andere"), _root);
        Assert.Equal(Path.Combine(_root, "kpiconfig.json"), top.Path);
        Assert.Equal(DiagnosticSeverity.Off, top.Rules.GetLevel("KPI130"));

        var team = ConfigLoader.Load(Path.Combine(_root, "team", "sub"), _root);
        Assert.Equal(Path.Combine(_root, "team", "kpiconfig.json"), team.Path);
        Assert.Equal(3m, team.Rules.GetValue("KPI111", "maximum"));
        Assert.Null(team.Rules.GetLevel("KPI130"));
    }

    [Fact]
    public void The_walk_stops_at_the_workspace_root()
    {
        Write("kpiconfig.json", """{ "regels": { "KPI130": "uit" } }""");
        var loaded = ConfigLoader.Load(Path.Combine(_root, "werk", "map"), Path.Combine(_root, "werk"));
        Assert.Null(loaded.Path);
    }

    [Theory]
    [InlineData("fout", DiagnosticSeverity.Error)]
    [InlineData("waarschuwing", DiagnosticSeverity.Warning)]
    [InlineData("info", DiagnosticSeverity.Info)]
    [InlineData("uit", DiagnosticSeverity.Off)]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("warning", DiagnosticSeverity.Warning)]
    [InlineData("off", DiagnosticSeverity.Off)]
    public void Level_words_in_Dutch_and_English_are_read(string word, DiagnosticSeverity expected)
    {
        Assert.True(RuleLevels.TryParse(word, out var level));
        Assert.Equal(expected, level);
        var loaded = ConfigLoader.Parse($$"""{ "regels": { "KPI120": { "niveau": "{{word}}" } } }""", "kpiconfig.json");
        Assert.Empty(loaded.Diagnostics);
        Assert.Equal(expected, loaded.Rules.GetLevel("KPI120"));
    }

    [Fact]
    public void An_unknown_code_is_reported_with_line_and_column()
    {
        var loaded = ConfigLoader.Parse("{\n  \"regels\": {\n    \"KPI1200\": \"fout\"\n  }\n}", "kpiconfig.json");
        var finding = Assert.Single(loaded.Diagnostics);
        Assert.Equal("KPI191", finding.Code);
        Assert.Equal(new Text.LinePosition(2, 4), finding.Location.LineSpan.Start);
    }

    [Fact]
    public void A_bad_level_a_bad_setting_and_bad_json_are_reported()
    {
        Assert.Equal("KPI192", Assert.Single(ConfigLoader.Parse("""{ "regels": { "KPI120": "streng" } }""", "k.json").Diagnostics).Code);
        Assert.Equal("KPI193", Assert.Single(ConfigLoader.Parse("""{ "regels": { "KPI110": { "max": 3 } } }""", "k.json").Diagnostics).Code);
        Assert.Equal("KPI193", Assert.Single(ConfigLoader.Parse("""{ "regels": { "KPI110": { "maximum": "veel" } } }""", "k.json").Diagnostics).Code);
        var broken = ConfigLoader.Parse("{\n  \"regels\": { \"KPI120\": \"fout\"\n", "k.json");
        Assert.Equal("KPI190", Assert.Single(broken.Diagnostics).Code);
        Assert.Empty(broken.Rules.ByCode);
    }

    [Fact]
    public void Thresholds_from_the_config_change_what_a_rule_reports()
    {
        const string goal = """
            doel teamdoel "Teamdoel" {
                indicator a "A" { soort: aantal }
                indicator b "B" { soort: aantal }
                indicator c "C" { soort: aantal }
                indicator d "D" { soort: aantal }
            }
            """;
        Assert.DoesNotContain("KPI111", RuleChecker.Codes(goal));
        Assert.Contains("KPI111", RuleChecker.Codes(goal, RuleChecker.WithSetting("KPI111", "maximum", 3)));
    }

    [Fact]
    public void Host_overrides_win_over_the_file()
    {
        var options = RuleChecker.With("KPI130", DiagnosticSeverity.Off) with
        {
            Rules = RuleSettings.Empty.With("KPI130", new RuleConfiguration(DiagnosticSeverity.Error, System.Collections.Immutable.ImmutableDictionary<string, decimal>.Empty)),
        };
        Assert.DoesNotContain("KPI130", RuleChecker.Codes("""indicator a "A" { soort: aantal }""", options));
    }

    [Fact]
    public void Per_file_settings_come_from_each_files_nearest_config()
    {
        Write("kpiconfig.json", """{ "regels": { "KPI130": "fout" } }""");
        Write("rustig/kpiconfig.json", """{ "regels": { "KPI130": "uit" } }""");
        var strict = Write("streng/a.kpi", """indicator a "A" { soort: aantal }""");
        var quiet = Write("rustig/b.kpi", """indicator b "B" { soort: aantal }""");
        var compilation = Compiler.Compilation.FromPaths([strict, quiet], new Compiler.CompilationOptions(_root, new DateOnly(2025, 6, 1)));
        var config = ConfigLoader.LoadForFiles([strict, quiet], _root);
        var findings = Checker.Check(compilation, config.ToCheckOptions()).Where(d => d.Code == "KPI130").ToList();
        var finding = Assert.Single(findings);
        Assert.Equal(strict, finding.Location.Path);
        Assert.True(finding.IsError);
    }
}
