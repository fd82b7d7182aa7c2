using System.Collections.Immutable;
using System.Globalization;

namespace KpiLang.Tables.Cells;

/// <summary>
/// Splits a table cell into numbers, dates, words and signs, so the readers of targets, baselines and terms can
/// match forms like "≥ 90%", "62% (2023)" or "eind 2026" without one regular expression per form.
/// </summary>
internal static class CellLexer
{
    public static ImmutableArray<CellToken> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<CellToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var start = i;
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (char.IsAsciiDigit(c))
            {
                if (IsDate(text, i)) { i += 10; tokens.Add(new(CellTokenKind.Date, text[start..i], start, i)); continue; }
                // Digits with '.' or ',' between them, as Dutch tables write numbers ("2.900", "64,3").
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))) i++;
                tokens.Add(new(CellTokenKind.Number, text[start..i], start, i));
                continue;
            }
            if (IsLetter(text, i))
            {
                while (i < text.Length && (IsLetter(text, i) || char.IsAsciiDigit(text[i]) || text[i] == '/'
                    || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark)) i++;
                tokens.Add(new(CellTokenKind.Word, text[start..i], start, i));
                continue;
            }
            var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
            if (two is ">=" or "<=" or "=>" or "=<")
            {
                i += 2;
                tokens.Add(new(CellTokenKind.Symbol, two, start, i));
                continue;
            }
            i++;
            tokens.Add(c switch
            {
                '%' => new(CellTokenKind.Percent, "%", start, i),
                '€' => new(CellTokenKind.Euro, "€", start, i),
                '(' => new(CellTokenKind.Open, "(", start, i),
                ')' => new(CellTokenKind.Close, ")", start, i),
                // Dashes of every width mean the same in a table: a range, or a year span in "schooljaar 2025-2026".
                '–' or '—' => new(CellTokenKind.Symbol, "-", start, i),
                _ => new(CellTokenKind.Symbol, c.ToString(), start, i),
            });
        }
        return tokens.ToImmutable();
    }

    private static bool IsLetter(string text, int i) => char.IsLetter(text[i]);

    private static bool IsDate(string text, int i) =>
        i + 10 <= text.Length && text[i + 4] == '-' && text[i + 7] == '-'
        && Enumerable.Range(i, 10).All(k => k == i + 4 || k == i + 7 || char.IsAsciiDigit(text[k]))
        && (i + 10 == text.Length || !char.IsAsciiDigit(text[i + 10]));
}
