using KpiLang.Diagnostics;

namespace KpiLang.Tests.Corpus;

/// <summary>Reads the corpus as it is kept in tests/corpus: labels.tsv, holdout.txt and one CSV table per source.</summary>
internal static class CorpusData
{
    public static readonly string Folder = Path.Combine(Repository.Root, "tests", "corpus");

    /// <summary>The letters the rubric labels; R is not labelled (it needs context a table does not give).</summary>
    public static readonly SmartLetter[] Letters = [SmartLetter.S, SmartLetter.M, SmartLetter.A, SmartLetter.T];

    public static IReadOnlyList<CorpusRow> Rows()
    {
        var holdout = File.ReadAllLines(Path.Combine(Folder, "holdout.txt"))
            .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(Folder, "labels.tsv"));
        var header = lines[0].Split('\t');
        int Col(string name) => Array.IndexOf(header, name);
        return [.. lines.Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split('\t')).Select(f => new CorpusRow(
            f[Col("bron")], int.Parse(f[Col("rij")], System.Globalization.CultureInfo.InvariantCulture), f[Col("indicator")],
            Letters.ToDictionary(letter => letter, letter => f[Col(letter.ToString())] == "fout"),
            f[Col("waarom")], holdout.Contains(f[Col("bron")])))];
    }

    public static byte[] Table(string source) => File.ReadAllBytes(Path.Combine(Folder, "tabellen", source + ".csv"));
}
