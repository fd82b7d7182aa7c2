namespace KpiLang.Schema.Import;

/// <summary>
/// The columns a CSV file of measurements may have, and how its header line maps onto them. A remark may be headed
/// 'opmerking' or 'toelichting' (both are what spreadsheets call such a column); any other unknown column is named
/// in one message, so a file is never half understood.
/// </summary>
internal static class CsvColumns
{
    public static readonly string[] All =
    [
        "indicator", "periode_begin", "periode_eind", "uitsplitsing", "waarde", "teller", "noemer", "tekst", "eenheid", "bron",
        "status", "ingevoerd_door", "opmerking", "aanbieder",
    ];

    // Positions in All.
    public const int Indicator = 0, Start = 1, End = 2, Breakdown = 3, Value = 4, Numerator = 5, Denominator = 6, Text = 7,
        Unit = 8, Source = 9, Status = 10, EnteredBy = 11, Comment = 12, Provider = 13;

    public static readonly int[] Required = [Indicator, Start, End];

    /// <summary>Other names for a column, as the header may write them.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal) { ["toelichting"] = "opmerking" };

    /// <summary>What the header line says: the index of each of <see cref="All"/> (or -1) and what is wrong with it.</summary>
    public static int[] Read(IReadOnlyList<string> header, int line, List<ImportError> errors)
    {
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        var unknown = names.Where(n => !All.Contains(n) && !Aliases.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
            errors.Add(new ImportError(line, ImportText.UnknownColumns(unknown, string.Join(", ", All.Append("toelichting")))));

        var indices = Enumerable.Repeat(-1, All.Length).ToArray();
        for (var h = 0; h < names.Count; h++)
        {
            var canonical = Aliases.GetValueOrDefault(names[h], names[h]);
            var column = Array.IndexOf(All, canonical);
            if (column < 0) continue;
            if (indices[column] >= 0)
            {
                var first = names[indices[column]];
                errors.Add(new ImportError(line, first == names[h] ? ImportText.DuplicateColumn(first) : ImportText.SameColumnTwice(first, names[h])));
                continue;
            }
            indices[column] = h;
        }
        foreach (var column in Required.Where(c => indices[c] < 0))
            errors.Add(new ImportError(line, ImportText.MissingColumn(All[column])));
        return indices;
    }
}
