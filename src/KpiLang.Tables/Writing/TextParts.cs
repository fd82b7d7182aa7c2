namespace KpiLang.Tables.Writing;

/// <summary>
/// Splits a text into quoted parts that the language joins back with one space (docs/taal.md §7.1), so a long title or
/// toelichting spans lines. A part ends only at a space, and that one space is what the join puts back, so the text
/// reads back exactly; a line break in a cell (the language's text has none) becomes such a space.
/// </summary>
internal static class TextParts
{
    public static IReadOnlyList<string> Split(string text, int width)
    {
        var parts = new List<string>();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var rest = line;
            while (rest.Length > width)
            {
                // The last space that leaves text on both sides; a word longer than the width stays whole.
                var cut = Cut(rest, width);
                if (cut <= 0 || cut >= rest.Length - 1) break;
                parts.Add(rest[..cut]);
                rest = rest[(cut + 1)..];
            }
            parts.Add(rest);
        }
        return parts;
    }

    /// <summary>
    /// Where to split: the last single space within the width (a space next to another is kept inside a part, so no
    /// part starts or ends with a space), else the last space at all, else the first one beyond the width.
    /// </summary>
    private static int Cut(string text, int width)
    {
        for (var i = Math.Min(width, text.Length - 2); i > 0; i--)
            if (text[i] == ' ' && text[i - 1] != ' ' && text[i + 1] != ' ') return i;
        var cut = text.LastIndexOf(' ', Math.Min(width, text.Length - 1));
        return cut > 0 ? cut : text.IndexOf(' ', 1);
    }
}
