using System.Text;
using KpiLang.Diagnostics;
using KpiLang.Tests.Mistakes;

namespace KpiLang.Tests.Baselines;

/// <summary>
/// Baselines for broken input, as Bicep keeps them: every file of the mistakes corpus (one per row of the mistakes
/// table, and more) printed with the compiler's findings inline, under the line they point at, with the fix each
/// offers. A change in what the front end says about broken text shows up as a readable diff in
/// tests/KpiLang.Tests/Baselines/mistakes/; accept it with <c>KPI_UPDATE_BASELINES=1 ./test.sh</c> after review.
/// Only the compiler's findings are printed: the rules have their own tests, and judge repaired text like any other.
/// </summary>
public class BrokenInputBaselineTests
{
    public static TheoryData<string> Files => MistakeCorpus.Files;

    [Theory]
    [MemberData(nameof(Files))]
    public void Mistake_matches_its_inline_baseline(string file)
    {
        var compilation = MistakeCorpus.Compile(file);
        var findings = compilation.Diagnostics.Where(d => d.Location.Path.EndsWith(file, StringComparison.Ordinal)).ToList();
        var failures = new List<string>();
        BaselineFile.Check(Path.Combine(Repository.Root, "tests", "KpiLang.Tests", "Baselines", "mistakes", file + ".findings.txt"),
            Inline(MistakeCorpus.Text(file), findings), failures);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// The source, and after each line the findings that start on it:
    /// <c>//@[4:12) fout KPL0008: … |indicatr|</c>, then <c>//   oplossing: …</c> for its fix.
    /// </summary>
    private static string Inline(string text, IReadOnlyList<Diagnostic> findings)
    {
        var lines = text.Split('\n');
        var output = new StringBuilder();
        for (var line = 0; line < lines.Length; line++)
        {
            if (line == lines.Length - 1 && lines[line].Length == 0) break;
            output.Append(lines[line]).Append('\n');
            foreach (var d in findings.Where(d => d.Location.LineSpan.Start.Line == line).OrderBy(d => d.Location.Span.Start))
            {
                var span = d.Location.LineSpan;
                var end = span.End.Line == line ? span.End.Character.ToString(System.Globalization.CultureInfo.InvariantCulture) : "…";
                var written = d.Location.Source.ToString(d.Location.Span).Split('\n')[0];
                output.Append($"//@[{span.Start.Character}:{end}) {Severity(d.Severity)} {d.Code}: {d.GetMessage()} |{written}|\n");
                if (d.Fix is { } fix)
                    output.Append($"//   oplossing: {fix.Title.Nl}: ")
                        .AppendJoin("; ", fix.Edits.Select(e => $"[{e.Span.Start}..{e.Span.End}) → \"{e.NewText.Replace("\n", "\\n", StringComparison.Ordinal)}\""))
                        .Append('\n');
            }
        }
        return output.ToString();
    }

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "fout",
        DiagnosticSeverity.Warning => "waarschuwing",
        _ => "info",
    };
}
