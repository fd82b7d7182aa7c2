using System.Text;

namespace KpiLang.Analysis.Wording;

/// <summary>
/// Splits an indicator text into words, numbers (with their separators: "1.000", "64,3"), signs and clause
/// boundaries. A hyphenated word ("Wmo-loket") stays one word; a point or comma between digits stays in the number.
/// </summary>
internal static class WordTokenizer
{
    public static IReadOnlyList<WordToken> Split(string text)
    {
        var tokens = new List<WordToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’'
                       || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
                Add(tokens, text[start..i], WordTokenKind.Word);
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1])))) i++;
                Add(tokens, text[start..i], WordTokenKind.Number);
            }
            else
            {
                if (c is '%' or '€' or '<' or '>' or '≤' or '≥' or '/') Add(tokens, c.ToString(), WordTokenKind.Sign);
                else if (c is ',' or ';' or ':' or '.' or '?' or '!' or '\n') Add(tokens, c.ToString(), WordTokenKind.Boundary);
                i++;
            }
        }
        return tokens;
    }

    private static void Add(List<WordToken> tokens, string written, WordTokenKind kind) =>
        tokens.Add(new WordToken(written, written.ToLowerInvariant(), kind, tokens.Count));
}
