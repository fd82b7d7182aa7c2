using System.Text.RegularExpressions;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Tables;

/// <summary>
/// docs/convert.md shows real rows and what they become: each ```csv block is rows of one corpus table, word for word,
/// and the ```kpi block after it is exactly what <c>kpic convert</c> writes for them. The README's first step is real too.
/// </summary>
public partial class ConvertDocumentationTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "convert.md")).ReplaceLineEndings("\n");

    public static TheoryData<int> Examples => [.. Enumerable.Range(0, Pairs().Count)];

    private static List<(string Csv, string Kpi)> Pairs() =>
        [.. CsvThenKpi().Matches(Page).Select(m => (m.Groups["csv"].Value, m.Groups["kpi"].Value))];

    [Fact]
    public void The_page_has_examples_from_real_tables() => Assert.True(Pairs().Count >= 10);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_is_real_rows_and_their_exact_conversion(int index)
    {
        var (csv, kpi) = Pairs()[index];
        var lines = csv.TrimEnd('\n').Split('\n');
        var source = CorpusTable.Names.Select(n => File.ReadAllText(Path.Combine(CorpusTable.Folder, n)).Split('\n'))
            .SingleOrDefault(file => file[0] == lines[0] && lines.Skip(1).All(file.Contains));
        Assert.True(source is not null, $"example {index}: these rows are not rows of one corpus table:\n{csv}");

        var run = ConvertRun.Of(csv);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(kpi, run.Body);
    }

    [Fact]
    public void The_summary_line_shown_is_what_convert_prints_for_tilburg()
    {
        var shown = Regex.Match(Page, @"```text\n(?<line>tilburg-jaarstukken-2016\.csv → tilburg\.kpi: [^\n]*)\n```").Groups["line"].Value;
        using var folder = new TempFolder();
        var table = Path.Combine(folder.Path, "tilburg-jaarstukken-2016.csv");
        File.Copy(Path.Combine(CorpusTable.Folder, "tilburg-jaarstukken-2016.csv"), table);
        var run = CliRunner.Run("convert", table, "-o", Path.Combine(folder.Path, "tilburg.kpi"));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(shown, run.Output.ReplaceLineEndings("\n").Split('\n')[0].Replace(folder.Path + Path.DirectorySeparatorChar, ""));
    }

    [Fact]
    public void The_readme_starts_with_convert_and_its_example_prints_what_it_shows()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        Assert.True(readme.IndexOf("## Begin met je eigen tabel", StringComparison.Ordinal) < readme.IndexOf("## Een korte rondleiding", StringComparison.Ordinal));
        var example = Regex.Match(readme, @"```text\n\$ kpic (?<args>convert [^\n]*)\n(?<line>[^\n]*)\n```");
        using var folder = new TempFolder();
        var args = example.Groups["args"].Value.Split(' ')
            .Select(a => a.EndsWith(".csv", StringComparison.Ordinal) ? Path.Combine(Repository.Root, a) : a.EndsWith(".kpi", StringComparison.Ordinal) ? Path.Combine(folder.Path, a) : a)
            .ToArray();
        var run = CliRunner.Run(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(example.Groups["line"].Value, run.Output.ReplaceLineEndings("\n").Split('\n')[0]
            .Replace(Repository.Root + Path.DirectorySeparatorChar, "").Replace(folder.Path + Path.DirectorySeparatorChar, ""));
    }

    [GeneratedRegex("```csv\\n(?<csv>.*?)```\\n\\nwordt\\n\\n```kpi\\n(?<kpi>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsvThenKpi();
}
