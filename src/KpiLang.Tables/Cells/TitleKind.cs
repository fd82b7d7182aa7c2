using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace KpiLang.Tables.Cells;

/// <summary>A kind the indicator text itself states, and the words that state it (for the note beside <c>soort:</c>).</summary>
internal sealed record TitleKindReading(KindReading Kind, string Evidence, bool AtStart);

/// <summary>
/// The kind an indicator text states, when neither soort nor eenheid does: a bracketed kind ("(per 1.000 inwoners)",
/// "(score 1-10)", "(%)", "(in weken)"), a rate "per 1.000 inwoners" in the text, a unit it ends with ("in weken"),
/// or a leading quantity word ("%", "Percentage",
/// "Aandeel", "Aantal", "Rapportcijfer"; after an article "Het"/"De" or a label such as "Wmo:"). A text that names
/// quantities of more than one family ("Het rapportcijfer … het percentage … het aantal") is a sentence about several
/// indicators and states no kind.
/// </summary>
internal static partial class TitleKind
{
    private static readonly Dictionary<string, KindFamily> QuantityWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["%"] = KindFamily.Percentage, ["percentage"] = KindFamily.Percentage, ["procent"] = KindFamily.Percentage,
        ["aandeel"] = KindFamily.Percentage, ["aantal"] = KindFamily.Count,
        ["rapportcijfer"] = KindFamily.Score, ["rapportcijfers"] = KindFamily.Score,
    };

    public static TitleKindReading? Read(string title)
    {
        var tokens = CellLexer.Tokenize(title);
        var families = tokens.Select(t => t.Kind == CellTokenKind.Percent ? "%" : t.Text)
            .Where(QuantityWords.ContainsKey).Select(w => QuantityWords[w]).Distinct().Count();
        if (families > 1) return null;

        var leading = Leading(new CellCursor(tokens));
        var stated = Brackets(title) ?? Rate(title) ?? TrailingUnit(tokens, title);
        if (stated is not null && leading is not null && !stated.Kind.SameFamily(leading.Kind)) return null;
        return stated ?? leading;
    }

    private static TitleKindReading? Brackets(string title)
    {
        foreach (Match match in Bracketed().Matches(title))
            if (KindReader.Read(match.Groups["inner"].Value) is { Exact: true } kind)
                return new(kind, match.Value, AtStart: false);
        return null;
    }

    /// <summary>"per 1.000 inwoners" outside brackets; only with a round base, so "per 1 januari" is no rate.</summary>
    private static TitleKindReading? Rate(string title) =>
        UnbracketedRate().Match(title) is { Success: true } match && KindReader.Read("aantal " + match.Value) is { } kind
            ? new(kind, match.Value, AtStart: false)
            : null;

    /// <summary>"Verzuimduur uitzendkrachten in weken", "Kosten in euro": the unit the text ends with.</summary>
    private static TitleKindReading? TrailingUnit(ImmutableArray<CellToken> tokens, string title)
    {
        if (tokens.Length < 3 || !tokens[^2].Is("in")) return null;
        var unit = title[tokens[^2].Start..tokens[^1].End];
        return KindReader.Read(unit) is { Family: KindFamily.Percentage or KindFamily.Amount or KindFamily.Duration } kind
            ? new(kind, unit, AtStart: false) : null;
    }

    private static TitleKindReading? Leading(CellCursor cells)
    {
        while (cells.Peek() is { Kind: CellTokenKind.Symbol }) cells.Take();
        if (QuantityWord(cells) is { } first) return first;
        // "Wmo: % inwoners …": a short label before a colon names the subject, the quantity word follows it.
        for (var i = 0; i < 6 && cells.Peek(i) is { } token; i++)
        {
            if (!token.IsSymbol(":")) continue;
            cells.Position += i + 1;
            return QuantityWord(cells);
        }
        return null;
    }

    private static TitleKindReading? QuantityWord(CellCursor cells)
    {
        var start = cells.Position;
        cells.TakeWord("het", "de");
        if (cells.Peek() is not { } word) return null;
        var text = word.Kind == CellTokenKind.Percent ? "%" : word.Text;
        if (!QuantityWords.TryGetValue(text, out var family) || text.Equals("procent", StringComparison.OrdinalIgnoreCase)) { cells.Position = start; return null; }
        var kind = family switch
        {
            KindFamily.Percentage => new KindReading(KindFamily.Percentage, "percentage"),
            KindFamily.Count => new KindReading(KindFamily.Count, "aantal"),
            // A Dutch rapportcijfer is a grade from 1 to 10.
            _ => KindReader.Read("rapportcijfer")!,
        };
        return new(kind, word.Text, AtStart: true);
    }

    [GeneratedRegex(@"\((?<inner>[^()]*)\)")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\bper (100|1\.000|10\.000|100\.000) \p{L}+")]
    private static partial Regex UnbracketedRate();
}
