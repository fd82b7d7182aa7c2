using System.Globalization;
using KpiLang.Semantics;
using KpiLang.Tables.Writing;
using KpiLang.Text;

namespace KpiLang.Tables.Cells;

/// <summary>
/// Reads a soort or eenheid cell (and a bracketed part of an indicator text) as an indicator kind:
/// "%", "in %", "percentage" → <c>percentage</c>; "aantal" → <c>aantal</c>; "€", "euro", "bedrag" → <c>bedrag</c>;
/// "dagen", "weken", "werkdagen", … → <c>duur</c> with that <c>eenheid</c>; "rapportcijfer", "cijfer (1-10)",
/// "score 1-10", "tussen de 1 en 10" → <c>score 1..10</c>; a rate "[aantal|fte|kosten] per [1.000] inwoners" →
/// <c>aantal per 1.000 inwoners</c> (fte also gives <c>eenheid: fte</c>; kosten give <c>bedrag per …</c>).
/// A caption such as "Effectindicatoren" or "Servicenormen" is no kind: null, and the caller keeps it verbatim.
/// </summary>
internal static class KindReader
{
    private static readonly Dictionary<string, KindReading> Words = new(StringComparer.Ordinal)
    {
        ["%"] = new(KindFamily.Percentage, "percentage"), ["in %"] = new(KindFamily.Percentage, "percentage"),
        ["(%)"] = new(KindFamily.Percentage, "percentage"), ["procent"] = new(KindFamily.Percentage, "percentage"),
        ["in procenten"] = new(KindFamily.Percentage, "percentage"), ["percentage"] = new(KindFamily.Percentage, "percentage"),
        ["aantal"] = new(KindFamily.Count, "aantal"), ["aantallen"] = new(KindFamily.Count, "aantal"),
        ["in aantallen"] = new(KindFamily.Count, "aantal"),
        ["€"] = new(KindFamily.Amount, "bedrag"), ["in €"] = new(KindFamily.Amount, "bedrag"), ["euro"] = new(KindFamily.Amount, "bedrag"),
        ["in euro"] = new(KindFamily.Amount, "bedrag"), ["bedrag"] = new(KindFamily.Amount, "bedrag"),
        ["duur"] = new(KindFamily.Duration, "duur"),
        ["ja/nee"] = new(KindFamily.YesNo, "ja/nee"), ["kwalitatief"] = new(KindFamily.Qualitative, "kwalitatief"),
        ["rapportcijfer"] = Scale(1, 10), ["score"] = new(KindFamily.Score, "score"),
    };

    /// <summary>True when the cell is one of the plain words for a kind ("%", "In %", "aantal"): nothing was interpreted.</summary>
    public static bool IsPlainWord(string cell) => Words.ContainsKey(Key(cell));

    private static string Key(string cell) => string.Join(' ', cell.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public static KindReading? Read(string cell)
    {
        var key = Key(cell);
        if (key.Length == 0) return null;
        if (Words.TryGetValue(key, out var word)) return word;
        var duration = key.StartsWith("in ", StringComparison.Ordinal) ? key[3..] : key;
        if (Vocabulary.DurationUnits.ContainsKey(duration)) return new(KindFamily.Duration, "duur", duration);
        if (key.StartsWith("% van ", StringComparison.Ordinal) || key.StartsWith("percentage van ", StringComparison.Ordinal))
            return new(KindFamily.Percentage, "percentage", Exact: false);
        var cells = new CellCursor(CellLexer.Tokenize(cell));
        return cells.Try(ScaleAt) is { } scale && cells.AtEnd ? scale : cells.Try(c => RateAt(c, cell));
    }

    private static KindReading Scale(decimal low, decimal high) =>
        new(KindFamily.Score, $"score {Number(low)}..{Number(high)}", Low: low, High: high);

    /// <summary>"score 1-10", "cijfer (1-10)", "rapportcijfer (1-10)", "schaal 1-10", "tussen de 1 en 10", "(1-10)".</summary>
    private static KindReading? ScaleAt(CellCursor cells)
    {
        var named = cells.TakeWord("score", "cijfer", "rapportcijfer", "schaal") is not null;
        var bracketed = cells.TakeKind(CellTokenKind.Open);
        decimal? low, high;
        if (cells.TakeWord("tussen") is not null)
        {
            named = true;
            cells.TakeWord("de");
            low = Whole(cells);
            high = cells.TakeWord("en") is not null ? Whole(cells) : null;
        }
        else
        {
            cells.TakeWord("van");
            low = Whole(cells);
            high = cells.TakeSymbol("-") || cells.TakeWord("tot") is not null || Dots(cells) ? Whole(cells) : null;
        }
        if (low is null || high is null || low >= high || (bracketed && !cells.TakeKind(CellTokenKind.Close))) return null;
        // A bare "1-10" is a scale only in brackets or after a word that names one; "5-10" alone could be anything.
        return named || bracketed ? Scale(low.Value, high.Value) : null;
    }

    private static bool Dots(CellCursor cells) => cells.TakeSymbol(".") && cells.TakeSymbol(".");

    private static decimal? Whole(CellCursor cells) =>
        cells.Peek() is { Kind: CellTokenKind.Number } n && n.Text.All(char.IsAsciiDigit) ? decimal.Parse(cells.Take().Text, CultureInfo.InvariantCulture) : null;

    /// <summary>"aantal per 1.000 inwoners", "fte per 1.000 inwoners", "kosten per inwoner", "per 10.000 inw. 12-17 jaar".</summary>
    private static KindReading? RateAt(CellCursor cells, string cell)
    {
        var counted = cells.TakeWord("aantal", "fte", "kosten", "bedrag", "euro")?.ToLowerInvariant() ?? (cells.TakeKind(CellTokenKind.Euro) ? "€" : null);
        if (cells.TakeWord("per") is null) return null;
        string? rateBase = null;
        if (cells.Peek() is { Kind: CellTokenKind.Number } number)
        {
            if (!NumberReader.Read(number.Text, NumberNotation.Dutch).IsValid) return null;
            rateBase = cells.Take().Text;
        }
        if (cells.Peek() is not { Kind: CellTokenKind.Word } first) return null;
        var population = cell[first.Start..].Trim();
        // A population is one name or one line of text: a cell that runs over lines is no rate.
        if (population.AsSpan().IndexOfAny("\r\n\u0085\u2028\u2029") >= 0) return null;
        while (!cells.AtEnd) cells.Take();
        var written = KpiSyntax.IsName(population) ? population : KpiSyntax.Quote(population);
        var family = counted is "kosten" or "bedrag" or "euro" or "€" ? KindFamily.Amount : KindFamily.Count;
        var kind = family == KindFamily.Amount ? "bedrag" : "aantal";
        var rate = rateBase is null ? $"{kind} per {written}" : $"{kind} per {rateBase} {written}";
        return new(family, rate, counted == "fte" ? "fte" : null);
    }

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
