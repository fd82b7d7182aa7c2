using System.Text;

namespace KpiLang.Cli.Output;

/// <summary>
/// Text from a user's files on its way to a terminal. A source line or CSV field may hold control characters (an
/// ESC sequence can recolour, retitle or clear a terminal, a bidi override can make code read differently than it
/// runs): each is shown as a visible stand-in of one character, so a caret under the line still points at the
/// right column. Very long lines are cut around the column that matters.
/// </summary>
internal static class TerminalText
{
    /// <summary>The most characters of one source line shown; a 5 MB line prints a window of this size.</summary>
    public const int LineWindow = 160;

    /// <summary>The most characters of one message; names and values quoted in it are cut in the middle beyond this.</summary>
    public const int MessageLimit = 600;

    /// <summary>
    /// C0 controls become their Unicode control pictures (ESC → ␛, NUL → ␀), DEL becomes ␡; C1 controls and the
    /// invisible bidi and zero-width format characters become �. Tabs become a space (their width is unknown).
    /// </summary>
    public static string Safe(string text)
    {
        var at = IndexOfUnsafe(text);
        if (at < 0) return text;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, at);
        for (var i = at; i < text.Length; i++) builder.Append(StandIn(text[i]));
        return builder.ToString();
    }

    /// <summary><see cref="Safe"/>, and cut in the middle (with …) when longer than <paramref name="limit"/>.</summary>
    public static string Safe(string text, int limit) =>
        Safe(text.Length <= limit ? text : string.Concat(text.AsSpan(0, limit * 2 / 3), "…", text.AsSpan(text.Length - limit / 3)));

    /// <summary>
    /// The part of a long line around <paramref name="column"/> (0-based), at most <see cref="LineWindow"/>
    /// characters with … where it was cut, and where the column now is in what is shown.
    /// </summary>
    public static (string Shown, int Column) Window(string line, int column)
    {
        column = Math.Clamp(column, 0, line.Length);
        if (line.Length <= LineWindow) return (Safe(line), column);
        // A third of the window before the column, so the reader sees what leads up to it.
        var from = Math.Clamp(column - LineWindow / 3, 0, line.Length - LineWindow);
        var to = from + LineWindow;
        var before = from > 0 ? "…" : "";
        var after = to < line.Length ? "…" : "";
        return (before + Safe(line[from..to]) + after, column - from + before.Length);
    }

    private static int IndexOfUnsafe(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (IsUnsafe(text[i])) return i;
        return -1;
    }

    private static bool IsUnsafe(char c) => c < ' ' || c is >= '\u007F' and <= '\u009F' || IsInvisibleFormat(c);

    // Bidi embeddings, overrides and isolates, and zero-width characters: they change how a line reads, not what it says.
    private static bool IsInvisibleFormat(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069'
        or '\u200B' or '\u200E' or '\u200F' or '\u061C';

    private static char StandIn(char c) => c switch
    {
        '\t' => ' ',
        < ' ' => (char)('\u2400' + c),
        '\u007F' => '\u2421',
        _ when IsUnsafe(c) => '\uFFFD',
        _ => c,
    };
}
