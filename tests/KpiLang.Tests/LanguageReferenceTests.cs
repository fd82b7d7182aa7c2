using System.Text.RegularExpressions;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests;

/// <summary>
/// The examples in docs/taal.md are the language as users copy it: each whole example parses and binds its values
/// without errors. Names an excerpt refers to but does not declare (an actor from elsewhere) are the only exception.
/// </summary>
public partial class LanguageReferenceTests
{
    public static TheoryData<int, string> Examples()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "taal.md"));
        var data = new TheoryData<int, string>();
        foreach (Match m in KpiBlock().Matches(page))
        {
            var code = m.Groups["code"].Value;
            if (!WholeDeclaration().IsMatch(code) || code.Contains('…') || code.Contains("importeer", StringComparison.Ordinal)) continue;
            data.Add(page[..m.Index].Count(c => c == '\n') + 1, code);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_whole_example_compiles(int line, string example)
    {
        var errors = TestCompiler.Compile(example).Diagnostics
            .Where(d => d.IsError && d.Code is not ("KPL0102" or "KPL0110"))
            .Select(TestCompiler.Describe);
        Assert.True(!errors.Any(), $"taal.md regel {line}:\n{string.Join('\n', errors)}");
    }

    [Fact]
    public void The_reference_has_examples_of_the_table_forms() =>
        Assert.True(Examples().Count >= 10);

    [GeneratedRegex(@"```kpi\n(?<code>.*?)\n\s*```", RegexOptions.Singleline)]
    private static partial Regex KpiBlock();

    [GeneratedRegex(@"^\s*(//.*\n\s*)*(organisatie|scope|actor|doel|inspanning|indicator|kengetal) \w+ """, RegexOptions.Multiline)]
    private static partial Regex WholeDeclaration();
}
