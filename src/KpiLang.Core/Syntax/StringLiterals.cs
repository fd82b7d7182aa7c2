using System.Text;

namespace KpiLang.Syntax;

/// <summary>
/// Reads and writes the quoted text literals of the language: "…" with \" and \\ as escapes. A text in typographic
/// quotes (“…”, an error the repair pass reports) is read without escapes, as the word processor meant it.
/// </summary>
public static class StringLiterals
{
    public static string Unquote(string literal)
    {
        if (literal.Length >= 2 && IsTypographicQuote(literal[0])) return literal[1..^1];
        var body = literal.Length > 0 && literal[0] == '"' ? literal[1..] : literal;
        if (body.EndsWith('"') && !body.EndsWith("\\\"", StringComparison.Ordinal)) body = body[..^1];
        if (!body.Contains('\\')) return body;
        var result = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '\\' && i + 1 < body.Length) i++;
            result.Append(body[i]);
        }
        return result.ToString();
    }

    public static bool IsTypographicQuote(char c) => c is '\u201C' or '\u201D' or '\u201E';

    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
