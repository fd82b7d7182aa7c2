using KpiLang.Analysis;
using KpiLang.Diagnostics;
using KpiLang.Tables;
using KpiLang.Tables.Reading;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Corpus;

/// <summary>What the checker says of one corpus row: the letters it fails, each with the finding that says so.</summary>
internal sealed record Judgement(CorpusRow Row, IReadOnlyDictionary<SmartLetter, Diagnostic?> Findings)
{
    public bool Fails(SmartLetter letter) => Findings[letter] is not null;
}

/// <summary>
/// Judges the corpus the way a user would meet it: each source table through <c>kpic convert</c> (which writes only
/// what the table says), then the checker with default settings; a row fails a letter when a finding of a rule that
/// declares that letter stands on the row's indicator.
/// </summary>
internal static class CorpusJudge
{
    public static IReadOnlyList<Judgement> Judge(IReadOnlyList<CorpusRow> rows)
    {
        var judgements = new List<Judgement>();
        foreach (var source in rows.GroupBy(r => r.Source))
        {
            var reading = TableReader.Read(source.Key + ".csv", CorpusData.Table(source.Key));
            Assert.True(reading.Succeeded, $"{source.Key}: {string.Join("; ", reading.Errors.Select(e => e.Message.Nl))}");
            var converted = TableConverter.Convert(reading.Table!, Language.Nl, TestCompiler.Today, source.Key + ".kpi");
            var compilation = TestCompiler.Compile((source.Key + ".kpi", converted.Text));
            var findings = Checker.Check(compilation, CheckOptions.Default);
            var indicators = converted.Specification.Indicators;
            Assert.True(indicators.Length == source.Count(), $"{source.Key}: {indicators.Length} indicators, {source.Count()} labelled rows");
            foreach (var row in source)
            {
                var symbol = compilation.Indicators.Single(i => i.Name == indicators[row.Row - 1].Name);
                var own = findings.Where(d => d.Descriptor.Smart is not null && d.Location.Path == symbol.SyntaxTree.Path
                    && symbol.DeclarationLocation.Span.Contains(d.Location.Span.Start)).ToList();
                judgements.Add(new Judgement(row, CorpusData.Letters.ToDictionary(l => l, l => own.FirstOrDefault(d => d.Descriptor.Smart == l))));
            }
        }
        return judgements;
    }
}
