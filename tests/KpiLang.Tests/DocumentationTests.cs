using System.Text.RegularExpressions;
using KpiLang.Diagnostics;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests;

public partial class DocumentationTests
{
    public static TheoryData<string> CompilerCodes => [.. CompilerDiagnostics.All.Select(d => d.Code)];

    [Theory]
    [MemberData(nameof(CompilerCodes))]
    public void Every_compiler_diagnostic_has_a_page_with_a_bad_and_a_good_example(string code)
    {
        var descriptor = CompilerDiagnostics.All.Single(d => d.Code == code);
        var page = Path.Combine(Repository.Root, descriptor.HelpPath);
        Assert.True(File.Exists(page), $"{descriptor.HelpPath} is missing");
        var text = File.ReadAllText(page);
        Assert.Contains($"# {code}", text);
        Assert.Contains("## Fout", text);
        Assert.Contains("## Goed", text);
    }

    /// <summary>The examples on a page are real: the bad one gives the code, the good one compiles without errors.</summary>
    [Theory]
    [MemberData(nameof(CompilerCodes))]
    public void Every_compiler_diagnostic_page_has_examples_that_behave_as_described(string code)
    {
        var descriptor = CompilerDiagnostics.All.Single(d => d.Code == code);
        var text = File.ReadAllText(Path.Combine(Repository.Root, descriptor.HelpPath));
        // Pages about imports or single lines show fragments; a page whose examples are whole declarations is run.
        if (Example(text, "## Fout") is not { } bad || Example(text, "## Goed") is not { } good
            || !IsWholeSpecification(bad) || !IsWholeSpecification(good)) return;
        Assert.Contains(code, TestCompiler.Compile(bad).Codes());
        Assert.Empty(TestCompiler.Compile(good).Diagnostics.Where(d => d.IsError).Select(TestCompiler.Describe));
    }

    private static bool IsWholeSpecification(string example) =>
        WholeSpecification().IsMatch(example) && !example.Contains("importeer", StringComparison.Ordinal);

    [GeneratedRegex(@"^(organisatie|scope|actor|doel|inspanning|indicator|kengetal) \w+ ""[^""]*"" \{", RegexOptions.Multiline)]
    private static partial Regex WholeSpecification();

    private static string? Example(string page, string heading)
    {
        var start = page.IndexOf(heading, StringComparison.Ordinal);
        var match = start < 0 ? Match.Empty : KpiBlock().Match(page, start);
        return match.Success ? match.Groups["code"].Value : null;
    }

    [GeneratedRegex("```kpi\\n(?<code>.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex KpiBlock();

    [Fact]
    public void Codes_are_unique_and_every_message_exists_in_both_languages()
    {
        Assert.Equal(CompilerDiagnostics.All.Count, CompilerDiagnostics.All.Select(d => d.Code).Distinct().Count());
        Assert.All(CompilerDiagnostics.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.Nl));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.En));
            Assert.NotEqual(d.MessageFormat.Nl, d.MessageFormat.En);
        });
    }
}
