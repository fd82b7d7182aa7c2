using System.Collections.Immutable;

namespace KpiLang.Tables.Cells;

/// <summary>
/// Reads a streefwaarde cell. Recognised, case-insensitively, and optionally followed by a term (TermReader) and
/// preceded by <c>gemiddeld</c> or <c>steeds</c>/<c>altijd</c>:
/// <list type="bullet">
/// <item>a bare value: "64,3", "85%", "2.600" (the language takes its comparison from <c>richting:</c>);</item>
/// <item>"minimaal", "ten minste", "&gt;=", "≥" → <c>minimaal</c>; "maximaal", "ten hoogste", "hooguit", "&lt;=", "≤" →
/// <c>maximaal</c>; "&gt;", "&lt;", "=", "precies" as written; "binnen" with a duration;</item>
/// <item>"tussen 5 en 10", "5 - 10", "65-70%" → <c>tussen … en …</c> (a unit after the second value holds for both);</item>
/// <item>"toename", "afname", "stabiel", "stijging", "daling";</item>
/// <item>"hoger/groter (is) dan (in de) nulmeting/0-meting" → <c>hoger dan nulmeting</c>, likewise lager/kleiner and
/// beter ("Beter dan de nulmeting" → <c>beter dan nulmeting</c>, whose way comes from <c>richting:</c>), "… dan vorig
/// jaar" → <c>… vorige periode</c>, and "hoger/lager (is) dan" a value.</item>
/// </list>
/// Anything else is not a target the language can say and stays verbatim in toelichting. So does a comparison with a
/// bare four-digit year ("&gt; 2022"), which means "more than in 2022" as often as the number 2022 — except in the
/// column of a later year ("2025: &gt; 2023"), where it can only be the level of that earlier year.
/// </summary>
internal static class TargetReader
{
    /// <param name="year">The year the cell's column is for ("streefwaarde 2025"), if any.</param>
    public static TargetReading? Read(string cell, int? year = null)
    {
        var cells = new CellCursor(CellLexer.Tokenize(cell));
        var statistic = cells.TakeWord("gemiddeld", "steeds", "altijd")?.ToLowerInvariant();
        if (cells.Try(c => EarlierYear(c, year)) is { } earlier) return earlier;
        if (cells.Try(Comparison) is not { } comparison) return null;
        var term = TermReader.Read(cells) ?? cells.Try(YearInBrackets);
        if (!cells.AtEnd) return null;
        return comparison with { Comparison = statistic is null ? comparison.Comparison : $"{statistic} {comparison.Comparison}", Term = term };
    }

    private static TargetReading? Comparison(CellCursor cells)
    {
        if (cells.TakeWord("toename", "afname", "stabiel", "stijging", "daling") is { } direction)
            return new(direction.ToLowerInvariant(), [], null, Reworded: false);
        if (cells.TakeWord("tussen") is not null)
            return QuantityReader.Read(cells) is { } low && cells.TakeWord("en") is not null && QuantityReader.Read(cells) is { } high
                ? Range(low, high, reworded: false) : null;
        if (cells.Try(Relative) is { } relative) return relative;
        if (Comparator(cells) is { } comparator)
        {
            if (QuantityReader.Read(cells) is not { } value || IsYearLike(value)) return null;
            if (comparator.Word == "binnen" && value.Unit != QuantityUnit.Duration) return null;
            return new($"{comparator.Word} {value.ToKpi()}", [value], null, comparator.Reworded);
        }
        if (QuantityReader.Read(cells) is not { } bare) return null;
        if (cells.TakeSymbol("-") || cells.TakeWord("tot") is not null)
            return QuantityReader.Read(cells) is { } upper && !IsYearLike(bare) && !IsYearLike(upper) ? Range(bare, upper, reworded: true) : null;
        return new(bare.ToKpi(), [bare], null, Reworded: false);
    }

    private static TargetReading? Range(WrittenQuantity low, WrittenQuantity high, bool reworded)
    {
        // "65-70%": the unit written once, after the second value, is the unit of both.
        var first = low.WithUnitOf(high);
        return new($"tussen {first.ToKpi()} en {high.ToKpi()}", [first, high], null, reworded);
    }

    private sealed record ComparatorWord(string Word, bool Reworded);

    private static ComparatorWord? Comparator(CellCursor cells)
    {
        if (cells.TakeWord("minimaal") is not null) return new("minimaal", false);
        if (cells.TakeWord("maximaal") is not null) return new("maximaal", false);
        if (cells.TakeWord("precies") is not null) return new("precies", false);
        if (cells.TakeWord("binnen") is not null) return new("binnen", false);
        if (cells.TakeWord("hooguit") is not null) return new("maximaal", true);
        if (cells.TakeWord("tenminste") is not null) return new("minimaal", true);
        if (cells.Peek() is { } ten && ten.Is("ten") && cells.Peek(1) is { } next)
        {
            if (next.Is("minste")) { cells.Position += 2; return new("minimaal", true); }
            if (next.Is("hoogste")) { cells.Position += 2; return new("maximaal", true); }
        }
        // The brief's table: "≥ 90%" and ">= 90 %" are written as the word, like "minimaal 90%".
        if (cells.TakeSymbol(">=") || cells.TakeSymbol("≥") || cells.TakeSymbol("=>")) return new("minimaal", true);
        if (cells.TakeSymbol("<=") || cells.TakeSymbol("≤") || cells.TakeSymbol("=<")) return new("maximaal", true);
        if (cells.TakeSymbol(">")) return new(">", false);
        if (cells.TakeSymbol("<")) return new("<", false);
        if (cells.TakeSymbol("=")) return new("=", false);
        return null;
    }

    /// <summary>"&gt; 2023", "≥ 2023", "hoger dan 2023", "beter dan 2023" in the column of 2025: the level of 2023.</summary>
    private static TargetReading? EarlierYear(CellCursor cells, int? year)
    {
        if (year is null) return null;
        var comparison = cells.TakeSymbol(">=") || cells.TakeSymbol("≥") ? "minimaal"
            : cells.TakeSymbol(">") ? "hoger dan"
            : cells.TakeSymbol("<=") || cells.TakeSymbol("≤") ? "maximaal"
            : cells.TakeSymbol("<") ? "lager dan"
            : cells.TakeWord("hoger", "beter", "lager") is { } word && cells.TakeWord("dan") is not null ? $"{word.ToLowerInvariant()} dan"
            : null;
        if (comparison is null || cells.Peek() is not { IsYear: true } earlier
            || !int.TryParse(earlier.Text, out var earlierYear) || earlierYear >= year) return null;
        cells.Position++;
        return cells.AtEnd ? new($"{comparison} niveau van {earlierYear}", [], null, Reworded: true) : null;
    }

    /// <summary>"hoger dan nulmeting", "groter is dan in de 0-meting", "Beter dan de nulmeting", "lager is dan 1%".</summary>
    private static TargetReading? Relative(CellCursor cells)
    {
        var word = cells.TakeWord("hoger", "groter", "lager", "kleiner", "beter")?.ToLowerInvariant();
        if (word is null) return null;
        var reworded = cells.TakeWord("is") is not null | word is "groter" or "kleiner";
        if (cells.TakeWord("dan") is null) return null;
        var direction = word switch
        {
            "hoger" or "groter" => "hoger dan",
            "beter" => "beter dan",
            _ => "lager dan",
        };
        var before = cells.Position;
        cells.TakeWord("in");
        cells.TakeWord("de");
        reworded |= cells.Position != before;
        if (cells.TakeWord("nulmeting") is not null) return new($"{direction} nulmeting", [], null, reworded);
        if (cells.TakeWord("vorig", "vorige") is not null && cells.TakeWord("jaar", "periode", "meting") is not null)
            return new($"{direction} vorige periode", [], null, Reworded: true);
        if (cells.Peek() is { Kind: CellTokenKind.Number, Text: "0" } && cells.Peek(1) is { } dash && dash.IsSymbol("-")
            && cells.Peek(2) is { } meting && meting.Is("meting"))
        {
            cells.Position += 3;
            return new($"{direction} nulmeting", [], null, Reworded: true);
        }
        if (cells.Position != before) return null;
        if (QuantityReader.Read(cells) is not { } value || IsYearLike(value)) return null;
        return new($"{direction} {value.ToKpi()}", [value], null, reworded);
    }

    /// <summary>"(2025)" after a value: the year the target is due.</summary>
    private static string? YearInBrackets(CellCursor cells) =>
        cells.TakeKind(CellTokenKind.Open) && cells.Peek() is { IsYear: true } && TermReader.Read(cells) is { } term
        && cells.TakeKind(CellTokenKind.Close) ? term : null;

    private static bool IsYearLike(WrittenQuantity value) =>
        value.Unit == QuantityUnit.None && value.Number.Length == 4 && value.Value is >= 1990 and <= 2100 && decimal.IsInteger(value.Value);
}
