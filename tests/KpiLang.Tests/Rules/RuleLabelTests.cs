using System.Text.RegularExpressions;
using KpiLang.Analysis;
using KpiLang.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KpiLang.Tests.Rules;

/// <summary>
/// A hand-labelled set of indicator formulations (Labelled/indicatoren.kpi): each indicator says which findings a
/// careful policy advisor expects. The test prints precision and recall per rule and holds them to a floor, so
/// a change that makes the rules noisier or blinder shows up in review.
/// </summary>
public partial class RuleLabelTests(ITestOutputHelper output)
{
    /// <summary>The rules judged per indicator; the others judge goals, efforts or whole scopes.</summary>
    private static readonly string[] Judged =
        ["KPI101", "KPI102", "KPI103", "KPI104", "KPI105", "KPI120", "KPI122", "KPI130", "KPI136", "KPI138", "KPI139", "KPI140", "KPI142", "KPI143"];

    [Fact]
    public void Labelled_formulations_get_the_expected_findings_with_high_precision_and_recall()
    {
        var text = File.ReadAllText(Path.Combine(Repository.Root, "tests", "KpiLang.Tests", "Rules", "Labelled", "indicatoren.kpi"));
        var expected = Label().Matches(text).ToDictionary(
            m => m.Groups["name"].Value,
            m => m.Groups["codes"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet());
        Assert.True(expected.Count >= 60, $"de set heeft {expected.Count} formuleringen; verwacht minstens 60");

        var compilation = TestCompiler.Compile(("indicatoren.kpi", text));
        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError && !d.Message().Contains("team_inkomen", StringComparison.Ordinal)).Select(d => d.ToString()));
        var findings = Checker.Check(compilation, CheckOptions.Default);
        var actual = compilation.Indicators.ToDictionary(i => i.Name, i => findings
            .Where(d => Judged.Contains(d.Code) && i.DeclarationLocation.Span.Contains(d.Location.Span.Start)
                        && !i.Declaration.Members.OfType<KpiLang.Syntax.DeclarationSyntax>().Any(n => n.Span.Contains(d.Location.Span.Start)))
            .Select(d => d.Code).ToHashSet());

        var failures = new List<string>();
        output.WriteLine($"{"regel",-8} {"TP",3} {"FP",3} {"FN",3}  precisie  recall");
        foreach (var code in Judged)
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var (name, codes) in expected)
            {
                var found = actual.GetValueOrDefault(name, []).Contains(code);
                var wanted = codes.Contains(code);
                if (found && wanted) tp++;
                else if (found) { fp++; failures.Add($"{name}: onterecht {code}"); }
                else if (wanted) { fn++; failures.Add($"{name}: {code} gemist"); }
            }
            var precision = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
            output.WriteLine($"{code,-8} {tp,3} {fp,3} {fn,3}  {precision,8:P0}  {recall,6:P0}");
            Assert.True(precision >= 0.9, $"{code}: precisie {precision:P0} < 90 %\n{string.Join('\n', failures)}");
            Assert.True(recall >= 0.8, $"{code}: recall {recall:P0} < 80 %\n{string.Join('\n', failures)}");
        }
        foreach (var failure in failures) output.WriteLine(failure);
    }

    [GeneratedRegex(@"// verwacht:(?<codes>[^\n]*)\n\s*indicator (?<name>\w+)")]
    private static partial Regex Label();
}

internal static class DiagnosticText
{
    public static string Message(this Diagnostics.Diagnostic d) => d.GetMessage();
}
