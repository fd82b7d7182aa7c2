using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KpiLang.Diagnostics;
using Xunit.Abstractions;

namespace KpiLang.Tests.Corpus;

/// <summary>
/// How well the checks agree with a careful advisor on real indicators (tests/corpus, labelled by tests/corpus/RUBRIC.md
/// before the checker ran). Prints precision, recall, F1 and the confusion counts per letter, for the rows the rules
/// were designed on and for the held-out sources apart, and every row where checker and label disagree. Fails when a
/// figure drops below the one recorded in tests/corpus/ratchet.json, so the judgement can only get better; and keeps
/// the table in docs/regels/smart.md equal to the figures. KPI_UPDATE_RATCHET=1 records better figures in both.
/// </summary>
public sealed class CorpusJudgementTests(ITestOutputHelper output)
{
    private static readonly string RatchetFile = Path.Combine(CorpusData.Folder, "ratchet.json");
    private static readonly string Docs = Path.Combine(Repository.Root, "docs", "regels", "smart.md");
    private const string Start = "<!-- cijfers: bijgewerkt met KPI_UPDATE_RATCHET=1 ./test.sh --filter CorpusJudgement -->";
    private const string End = "<!-- /cijfers -->";

    [Fact]
    public void The_checks_agree_with_the_labels_at_least_as_well_as_recorded()
    {
        var judgements = CorpusJudge.Judge(CorpusData.Rows());
        var sets = new (string Name, List<Judgement> Rows)[]
        {
            ("ontwikkeling", [.. judgements.Where(j => !j.Row.Holdout)]),
            ("holdout", [.. judgements.Where(j => j.Row.Holdout)]),
            ("alles", [.. judgements]),
        };
        var scores = sets.ToDictionary(s => s.Name, s => CorpusData.Letters.Select(l => LetterScore.Of(l, s.Rows)).ToList());

        var table = Table(scores, sets.ToDictionary(s => s.Name, s => s.Rows.Count));
        output.WriteLine(table);
        foreach (var line in Disagreements(judgements)) output.WriteLine(line);

        var update = Environment.GetEnvironmentVariable("KPI_UPDATE_RATCHET") == "1";
        var ratchet = JsonNode.Parse(File.ReadAllText(RatchetFile))!.AsObject();
        var drops = new List<string>();
        foreach (var (set, letters) in scores.Where(s => s.Key != "alles"))
            foreach (var score in letters)
                foreach (var (measure, value) in new[] { ("precisie", score.Precision), ("recall", score.Recall) })
                {
                    var recorded = ratchet[set]?[score.Letter.ToString()]?[measure]?.GetValue<double>() ?? 0;
                    if (value < recorded - 1e-9) drops.Add($"{set} {score.Letter} {measure}: {value:0.000} < {recorded:0.000}");
                    if (update && value > recorded) Record(ratchet, set, score.Letter, measure, value);
                }
        if (update)
        {
            File.WriteAllText(RatchetFile, ratchet.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            File.WriteAllText(Docs, WithTable(File.ReadAllText(Docs), table));
        }
        Assert.True(drops.Count == 0, "het oordeel is slechter geworden dan vastgelegd:\n" + string.Join('\n', drops) + "\n" + table);
        Assert.True(WithTable(File.ReadAllText(Docs), table) == File.ReadAllText(Docs).Replace("\r", ""),
            "docs/regels/smart.md noemt andere cijfers; werk ze bij met KPI_UPDATE_RATCHET=1\n" + table);
    }

    private static void Record(JsonObject ratchet, string set, SmartLetter letter, string measure, double value)
    {
        var forSet = ratchet[set] as JsonObject ?? (JsonObject)(ratchet[set] = new JsonObject());
        var forLetter = forSet[letter.ToString()] as JsonObject ?? (JsonObject)(forSet[letter.ToString()] = new JsonObject());
        forLetter[measure] = Math.Round(value, 3, MidpointRounding.ToZero);
    }

    private static string Table(Dictionary<string, List<LetterScore>> scores, Dictionary<string, int> rows)
    {
        var b = new StringBuilder();
        b.AppendLine("| rijen | letter | precisie | recall | F1 | TP | FP | FN | TN |");
        b.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var (set, letters) in scores)
            foreach (var s in letters)
                b.AppendLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {set} ({rows[set]}) | {s.Letter} | {s.Precision:0.00} | {s.Recall:0.00} | {s.F1:0.00} | {s.TruePositives} | {s.FalsePositives} | {s.FalseNegatives} | {s.TrueNegatives} |"));
        return b.ToString();
    }

    private static IEnumerable<string> Disagreements(IEnumerable<Judgement> judgements)
    {
        foreach (var j in judgements)
            foreach (var letter in CorpusData.Letters.Where(l => j.Fails(l) != j.Row.Fails[l]))
                yield return $"{(j.Row.Holdout ? "[holdout] " : "")}{j.Row.Source}#{j.Row.Row} {letter}: label {(j.Row.Fails[letter] ? "fout" : "ok")}, "
                    + $"checker {(j.Fails(letter) ? $"fout ({j.Findings[letter]!.Code}: {j.Findings[letter]!.GetMessage(Language.Nl)})" : "ok")} — \"{j.Row.Text}\" — {j.Row.Why}";
    }

    private static string WithTable(string docs, string table)
    {
        docs = docs.Replace("\r", "");
        var start = docs.IndexOf(Start, StringComparison.Ordinal);
        var end = docs.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/regels/smart.md mist de markeringen voor de cijfers");
        return docs[..(start + Start.Length)] + "\n" + table + docs[end..];
    }
}
