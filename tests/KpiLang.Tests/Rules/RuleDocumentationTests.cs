using System.Text.RegularExpressions;
using KpiLang.Analysis;
using KpiLang.Analysis.Configuration;

namespace KpiLang.Tests.Rules;

/// <summary>
/// Every rule has a page docs/regels/CODE.md whose bad example triggers the rule and whose good example does not.
/// That gives each rule a firing and a silent case that readers can see, checked on every build.
/// </summary>
public partial class RuleDocumentationTests
{
    public static TheoryData<string> Codes => [.. RuleCatalog.All.Select(d => d.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Page_exists_and_its_bad_example_fires_and_its_good_example_does_not(string code)
    {
        var descriptor = RuleCatalog.Find(code)!;
        var page = Path.Combine(Repository.Root, descriptor.HelpPath);
        Assert.True(File.Exists(page), $"{descriptor.HelpPath} ontbreekt");
        var text = File.ReadAllText(page);
        Assert.Contains($"# {code}", text);
        if (descriptor == RuleFailure.Descriptor)
        {
            // Only a bug in kpic raises it, so there is no bad example to run; the page says what to do instead.
            Assert.Contains("## Wat te doen", text);
            return;
        }
        var (language, bad) = Example(text, "## Fout");
        var (_, good) = Example(text, "## Goed");

        if (language == "json")
        {
            Assert.Contains(code, ConfigLoader.Parse(bad, "kpiconfig.json").Diagnostics.Select(d => d.Code));
            Assert.DoesNotContain(code, ConfigLoader.Parse(good, "kpiconfig.json").Diagnostics.Select(d => d.Code));
            return;
        }
        Assert.Contains(code, RuleChecker.Codes(bad));
        var goodFindings = RuleChecker.Check(good);
        Assert.DoesNotContain(code, goodFindings.Select(d => d.Code));
        Assert.Empty(goodFindings.Where(d => d.IsError).Select(d => d.ToString()));
    }

    public static TheoryData<string> RuleCodes => [.. RuleCatalog.Rules.Select(r => r.Code)];

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void Every_rule_can_be_switched_off_raised_and_suppressed_with_a_reason(string code)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, RuleCatalog.Find(code)!.HelpPath));
        var (_, bad) = Example(text, "## Fout");

        Assert.DoesNotContain(code, RuleChecker.Codes(bad, RuleChecker.With(code, Diagnostics.DiagnosticSeverity.Off)));
        Assert.Contains(RuleChecker.Check(bad, RuleChecker.With(code, Diagnostics.DiagnosticSeverity.Error)), d => d.Code == code && d.IsError);

        var suppressed = RuleChecker.Codes($"// kpi-negeer-bestand {code}: afgesproken in de test\n" + bad);
        Assert.DoesNotContain(code, suppressed);
        Assert.DoesNotContain("KPI197", suppressed);
    }

    [Fact]
    public void The_index_lists_every_rule()
    {
        var index = File.ReadAllText(Path.Combine(Repository.Root, "docs", "regels", "README.md"));
        Assert.All(RuleCatalog.All, d => Assert.Contains($"[{d.Code}]({d.Code}.md)", index));
    }

    [Fact]
    public void Codes_are_unique_in_range_and_every_message_exists_in_both_languages()
    {
        Assert.Equal(RuleCatalog.All.Count, RuleCatalog.All.Select(d => d.Code).Distinct().Count());
        Assert.All(RuleCatalog.All, d =>
        {
            Assert.Matches(@"^KPI1\d\d$", d.Code);
            Assert.NotEqual(Diagnostics.DiagnosticCategory.Compiler, d.Category);
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.Nl));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.En));
            Assert.False(string.IsNullOrWhiteSpace(d.Description.En));
        });
    }

    [Fact]
    public void The_config_schema_knows_every_code_and_every_setting()
    {
        var schema = File.ReadAllText(Path.Combine(Repository.Root, "schemas", "kpiconfig.schema.json"));
        Assert.All(RuleCatalog.All, d => Assert.Contains($"\"{d.Code}\"", schema));
        Assert.All(RuleCatalog.Rules.SelectMany(r => r.Settings), s => Assert.Contains($"\"{s.Name}\"", schema));
    }

    private static (string Language, string Code) Example(string page, string heading)
    {
        var start = page.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{heading}' ontbreekt");
        var match = Block().Match(page, start);
        Assert.True(match.Success, $"geen codeblok onder '{heading}'");
        return (match.Groups["lang"].Value, match.Groups["code"].Value);
    }

    [GeneratedRegex("```(?<lang>kpi|json)\\n(?<code>.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
