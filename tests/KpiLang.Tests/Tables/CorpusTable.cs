using KpiLang.Csv;

namespace KpiLang.Tests.Tables;

/// <summary>
/// A table of tests/corpus/tabellen as the tests read it, independently of the converter's table model: the header and
/// each row by its line. Read with the shared CSV reader, which is what the corpus format (RFC 4180, ';') needs.
/// </summary>
internal sealed record CorpusTable(string Name, IReadOnlyList<string> Header, IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> Rows)
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "corpus", "tabellen");

    public static IEnumerable<string> Names => Directory.GetFiles(Folder, "*.csv").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public static CorpusTable Read(string name)
    {
        var text = File.ReadAllText(Path.Combine(Folder, name));
        var reader = new CsvReader(text, CsvReader.DetectSeparator(text));
        var fields = new List<string>();
        reader.Next(fields);
        var header = fields.Select(f => f.Trim()).ToList();
        var rows = new List<(int, IReadOnlyList<string>)>();
        while (reader.Next(fields)) rows.Add((reader.Line, fields.Select(f => f.Trim()).ToList()));
        return new CorpusTable(name, header, rows);
    }

    public int Column(string heading) => Header.ToList().FindIndex(h => h.Equals(heading, StringComparison.OrdinalIgnoreCase));

    /// <summary>The columns that hold targets: "streefwaarde", and a target heading with a year ("streefwaarde 2019", "doel 2026", "ambitie 2018").</summary>
    public IEnumerable<int> TargetColumns => Header.Select((h, i) => (h, i))
        .Where(c => System.Text.RegularExpressions.Regex.IsMatch(c.h, @"^(streefwaarden?|ambitie|doelstelling|doel \d{4}$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
        .Select(c => c.i);
}
