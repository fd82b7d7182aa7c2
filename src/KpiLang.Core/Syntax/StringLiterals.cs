using System.Text;

namespace KpiLang.Syntax;

/// <summary>Reads and writes the quoted text literals of the language: "…" with \" and \\ as escapes.</summary>
public static class StringLiterals
{
    public static string Unquote(string literal)
    {
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

    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
