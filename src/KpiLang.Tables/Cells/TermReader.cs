using KpiLang.Semantics;

namespace KpiLang.Tables.Cells;

/// <summary>
/// Reads a term as tables write it and returns it in the language's words: "2025" and "in 2025" → <c>in 2025</c>;
/// "eind 2026" (also "einde", "ultimo") → <c>eind 2026</c>; "medio 2026"; "Q3 2026" → <c>in Q3 2026</c>;
/// "juli 2026" → <c>in juli 2026</c>; "schooljaar 2025-2026" (or 2025/2026); "uiterlijk 2026" or a date;
/// "vanaf 2025"; "van 2023 tot 2026", "2023 t/m 2026" → <c>van 2023 tot 2026</c>. Anything else is no term:
/// "peildatum 2016" says when something was measured, not when a target is due, and stays verbatim.
/// </summary>
internal static class TermReader
{
    public static string? Read(CellCursor cells) => cells.Try(ReadAt);

    public static string? ReadWhole(string cell) => CellCursor.ReadWhole(cell, Read);

    private static string? ReadAt(CellCursor cells)
    {
        if (cells.TakeWord("eind", "einde", "ultimo") is not null) return Year(cells) is { } end ? $"eind {end}" : null;
        if (cells.TakeWord("medio") is not null) return Year(cells) is { } middle ? $"medio {middle}" : null;
        if (cells.TakeWord("uiterlijk") is not null) return PointInTime(cells) is { } due ? $"uiterlijk {due}" : null;
        if (cells.TakeWord("vanaf") is not null) return PointInTime(cells) is { } from ? $"vanaf {from}" : null;
        if (cells.TakeWord("van") is not null)
            return Year(cells) is { } first && cells.TakeWord("tot") is not null && (cells.TakeWord("en") is null || cells.TakeWord("met") is not null)
                && Year(cells) is { } last ? $"van {first} tot {last}" : null;
        cells.TakeWord("in");
        if (cells.TakeWord("schooljaar") is not null) return SchoolYear(cells);
        if (cells.Peek() is { Kind: CellTokenKind.Word } part && Vocabulary.PartsOfYear.ContainsKey(part.Text.ToLowerInvariant()))
        {
            cells.Take();
            var name = part.Text.ToLowerInvariant();
            // Quarters are written Q1..Q4 in the language, months in lower case.
            return Year(cells) is { } year ? $"in {(name.StartsWith('q') ? name.ToUpperInvariant() : name)} {year}" : null;
        }
        if (Year(cells) is not { } single) return null;
        if (cells.TakeWord("t/m") is not null || (cells.TakeWord("tot") is not null && cells.TakeWord("en") is not null && cells.TakeWord("met") is not null))
            return Year(cells) is { } until ? $"van {single} tot {until}" : null;
        return $"in {single}";
    }

    private static string? SchoolYear(CellCursor cells)
    {
        if (Year(cells) is not { } first || !(cells.TakeSymbol("-") || cells.TakeSymbol("/")) || Year(cells) is not { } second) return null;
        // The language refuses a school year that does not span two consecutive years (KPL0125): keep such a cell verbatim.
        return int.Parse(second, System.Globalization.CultureInfo.InvariantCulture) == int.Parse(first, System.Globalization.CultureInfo.InvariantCulture) + 1
            ? $"schooljaar {first}-{second}" : null;
    }

    private static string? Year(CellCursor cells) => cells.Peek() is { IsYear: true } year ? cells.Take().Text : null;

    private static string? PointInTime(CellCursor cells) =>
        cells.Peek() is { Kind: CellTokenKind.Date } date ? cells.Take().Text : Year(cells);
}
