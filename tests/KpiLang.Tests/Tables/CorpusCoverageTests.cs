using System.Text;
using System.Text.Json;

namespace KpiLang.Tests.Tables;

/// <summary>
/// How much of the 28 real tables becomes properties: per table, what each streefwaarde cell became and where each kind
/// came from. The table in docs/convert.md is this computation; when the converter reads more (or less), this test
/// says so and shows the new table to put there.
/// </summary>
public class CorpusCoverageTests
{
    private const string Start = "<!-- dekking: berekend door CorpusCoverageTests -->\n";
    private const string End = "<!-- /dekking -->";

    [Fact]
    public void The_coverage_table_in_the_docs_is_what_the_converter_does()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "convert.md")).ReplaceLineEndings("\n");
        var from = docs.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var shown = docs[from..docs.IndexOf(End, from, StringComparison.Ordinal)];
        var computed = Table();
        Assert.True(shown == computed, "docs/convert.md shows another coverage than the converter has now:\n" + computed);
    }

    private static string Table()
    {
        var urls = File.ReadAllLines(Path.Combine(Repository.Root, "tests", "corpus", "bronnen.tsv")).Skip(1)
            .Select(l => l.Split('\t')).ToDictionary(f => f[0], f => f[1]);
        var text = new StringBuilder();
        text.Append("| tabel | rijen | streefwaarde → `streefwaarde:` | streefwaarde → alleen toelichting | geen streefwaarde (leeg, -, n.v.t.) "
            + "| `streefwaarde:` uit een kolom met jaar | `soort:` uit soort/eenheid | `soort:` afgeleid | geen `soort:` |\n");
        text.Append("|---|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        var total = new int[8];
        foreach (var name in CorpusTable.Names)
        {
            var run = ConvertRun.Of(File.ReadAllBytes(Path.Combine(CorpusTable.Folder, name)), "--format", "json");
            var counts = new int[8];
            foreach (var row in JsonDocument.Parse(run.Output).RootElement.GetProperty("rows").EnumerateArray())
            {
                var properties = row.GetProperty("properties").EnumerateArray().ToList();
                var targets = properties.Where(p => p.GetProperty("key").GetString() == "streefwaarde").ToList();
                var plain = targets.Any(t => From(t).Contains("streefwaarde"));
                var kept = row.GetProperty("explanation").EnumerateArray().Any(e => e.GetProperty("column").GetString() == "streefwaarde");
                counts[0]++;
                counts[plain ? 1 : kept ? 2 : 3]++;
                counts[4] += targets.Count(t => !From(t).Contains("streefwaarde"));
                var kind = properties.FirstOrDefault(p => p.GetProperty("key").GetString() == "soort");
                counts[kind.ValueKind == JsonValueKind.Undefined ? 7 : From(kind).Count > 0 ? 5 : 6]++;
            }
            for (var i = 0; i < counts.Length; i++) total[i] += counts[i];
            var source = name[..^".csv".Length];
            text.Append($"| [{source}]({urls[source]}) | {string.Join(" | ", counts)} |\n");
        }
        text.Append($"| **{CorpusTable.Names.Count()} tabellen** | **{string.Join("** | **", total)}** |\n");
        return text.ToString();
    }

    private static List<string> From(JsonElement property) =>
        [.. property.GetProperty("from").EnumerateArray().Select(c => c.GetProperty("column").GetString()!)];
}
