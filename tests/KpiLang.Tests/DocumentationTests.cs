using KpiLang.Diagnostics;

namespace KpiLang.Tests;

public class DocumentationTests
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
