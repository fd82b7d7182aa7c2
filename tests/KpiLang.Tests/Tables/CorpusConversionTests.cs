using System.Text.Json;
using System.Text.RegularExpressions;
using KpiLang.Formatting;
using KpiLang.Syntax;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Tables;

/// <summary>
/// Every real table of the corpus (tests/corpus/tabellen, with their URLs in tests/corpus/bronnen.tsv) through
/// <c>kpic convert</c>: it succeeds, the result has no syntax or compile error and formats unchanged, every indicator
/// text is a title verbatim, every number of the row is still in the output (a target's numbers as a target or in
/// toelichting), no term is invented and no owner appears that the table does not name.
/// </summary>
public partial class CorpusConversionTests
{
    public static TheoryData<string> Tables => [.. CorpusTable.Names];

    [Theory]
    [MemberData(nameof(Tables))]
    public void A_real_table_converts_without_losing_or_inventing_anything(string name)
    {
        var table = CorpusTable.Read(name);
        var run = ConvertRun.Of(File.ReadAllBytes(Path.Combine(CorpusTable.Folder, name)), "--format", "json");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var kpi = run.Kpi!;

        var tree = SyntaxTree.Parse(kpi, "spec.kpi");
        var compilation = TestCompiler.Compile(kpi);
        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError).Select(TestCompiler.Describe));
        Assert.False(KpiFormatter.Format(tree).Changed);

        var rows = JsonDocument.Parse(run.Output).RootElement.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("name").GetString()!);
        Assert.Equal(table.Rows.Count, rows.Count);
        var declarations = tree.Root.DescendantNodes().OfType<DeclarationSyntax>().ToDictionary(d => d.Name.Text);
        var indicator = table.Column("indicator");
        var owner = table.Column("eigenaar");
        var goal = table.Column("doel");
        foreach (var (line, cells) in table.Rows)
        {
            var symbol = compilation.Indicators.Single(i => i.Name == rows[line]);
            Assert.Equal(cells[indicator].ReplaceLineEndings(" "), symbol.Title);

            var declaration = declarations[symbol.Name];
            var content = Content(declaration);
            var targetsAndExplanation = string.Join(' ', declaration.Members.OfType<PropertySyntax>()
                .Where(p => p.Key is PropertyKey.Streefwaarde or PropertyKey.Toelichting).Select(Content));
            for (var column = 0; column < cells.Count; column++)
            {
                var where = column == goal ? kpi : table.TargetColumns.Contains(column) ? targetsAndExplanation : content;
                foreach (Match number in Number().Matches(cells[column]))
                    Assert.True(where.Contains(number.Value, StringComparison.Ordinal),
                        $"{name}:{line}: {number.Value} of column '{table.Header[column]}' is missing in {symbol.Name}");
            }

            var named = owner >= 0 ? cells[owner] : "";
            Assert.Equal(named.Length == 0 ? null : named, symbol.Owner?.Title);

            foreach (var target in symbol.Targets)
                foreach (Match year in TermYear().Matches(Content(target.Syntax)))
                    Assert.True(cells.Any(c => c.Contains(year.Groups["year"].Value, StringComparison.Ordinal))
                        || table.TargetColumns.Any(c => table.Header[c].Contains(year.Groups["year"].Value, StringComparison.Ordinal)),
                        $"{name}:{line}: the term {year.Value} of {symbol.Name} is not in the table");
        }
        if (owner < 0 || table.Rows.All(r => r.Cells[owner].Length == 0))
        {
            Assert.DoesNotContain("eigenaar:", kpi);
            Assert.Empty(compilation.Actors);
        }
    }

    /// <summary>The tokens of a node, without comments: a number only in a note beside a property does not count.</summary>
    private static string Content(SyntaxNode node) => string.Join(' ', node.Tokens().Select(t => t.Text));

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:in|eind|medio|schooljaar|uiterlijk|vanaf|van|tot)\s+(?:Q[1-4]\s+|[a-z]+\s+)?(?<year>\d{4})\b")]
    private static partial Regex TermYear();
}
