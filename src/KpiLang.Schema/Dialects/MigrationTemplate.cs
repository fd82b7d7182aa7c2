using System.Text;

namespace KpiLang.Schema.Dialects;

/// <summary>
/// Renders a migration for one engine: keeps the statement blocks of that engine (dropping the marker lines) and
/// leaves out the others', then replaces every placeholder with the dialect's text. Inner placeholders are rendered
/// before the one around them. Nothing else in the text is touched.
/// </summary>
public static class MigrationTemplate
{
    private const string End = "-- @end";

    public static string Render(string template, SqlDialect dialect) => ReplacePlaceholders(Blocks(template, dialect), dialect);

    private static string Blocks(string template, SqlDialect dialect)
    {
        var output = new StringBuilder(template.Length);
        string? block = null;
        foreach (var line in template.Split('\n'))
        {
            var marker = line.TrimEnd('\r').Trim();
            if (block is null && marker.StartsWith("-- @", StringComparison.Ordinal) && marker != End)
            {
                block = marker[4..];
                continue;
            }
            if (block is not null && marker == End)
            {
                block = null;
                continue;
            }
            if (block is null || block == dialect.BlockName) output.Append(line).Append('\n');
        }
        if (block is not null) throw new FormatException($"A '-- @{block}' block in a migration has no '{End}'.");
        return output.ToString(0, output.Length - 1); // Split added no newline after the last line
    }

    private static string ReplacePlaceholders(string text, SqlDialect dialect)
    {
        var output = new StringBuilder(text.Length);
        var at = 0;
        while (true)
        {
            var open = text.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0) break;
            output.Append(text, at, open - at);
            at = RenderOne(text, open, dialect, output);
        }
        return output.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Renders the placeholder that opens at <paramref name="open"/>; returns the index after its '}}'.</summary>
    private static int RenderOne(string text, int open, SqlDialect dialect, StringBuilder output)
    {
        var i = open + 2;
        while (i < text.Length && text[i] != '(' && text[i] != '}') i++;
        var name = text[(open + 2)..i];
        string? raw = null;
        if (i < text.Length && text[i] == '(')
        {
            var close = MatchingParenthesis(text, i);
            raw = ReplacePlaceholders(text[(i + 1)..close], dialect);
            i = close + 1;
        }
        if (!text.AsSpan(i).StartsWith("}}")) throw new FormatException($"The placeholder {{{{{name}... in a migration is not closed with '}}}}'.");
        output.Append(dialect.Render(name, raw, raw is null ? [] : Arguments(raw)));
        return i + 2;
    }

    private static int MatchingParenthesis(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\'': i = text.IndexOf('\'', i + 1); if (i < 0) return Fail(); break;
                case '(': depth++; break;
                case ')': if (--depth == 0) return i; break;
            }
        }
        return Fail();

        static int Fail() => throw new FormatException("A placeholder's arguments in a migration have no closing ')'.");
    }

    /// <summary>The text split at commas outside parentheses and quotes, each part trimmed.</summary>
    internal static IReadOnlyList<string> Arguments(string raw)
    {
        var parts = new List<string>();
        var (depth, start) = (0, 0);
        for (var i = 0; i < raw.Length; i++)
        {
            switch (raw[i])
            {
                case '\'': i = raw.IndexOf('\'', i + 1); break;
                case '(': depth++; break;
                case ')': depth--; break;
                case ',' when depth == 0: parts.Add(raw[start..i].Trim()); start = i + 1; break;
            }
            if (i < 0) throw new FormatException($"An unclosed quote in the placeholder arguments '{raw}'.");
        }
        parts.Add(raw[start..].Trim());
        return parts;
    }
}
