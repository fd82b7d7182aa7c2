using System.Text;

namespace KpiLang.Tests.Hardening;

/// <summary>The ways the fuzzer damages a source text.</summary>
internal enum MutationKind { InsertToken, DeleteRange, SwapLines, DuplicateRange, InsertUnicode, LongLine, DeepNesting }

/// <summary>
/// One damage to a text, as plain numbers so CsCheck can generate and shrink it: positions are fractions of the
/// text (0..999), so one mutation applies to any text.
/// </summary>
internal sealed record Mutation(MutationKind Kind, int At, int Other, int Size, int Pick)
{
    /// <summary>Tokens of the language and near-misses: keywords, punctuation, literals, half-finished comments.</summary>
    private static readonly string[] Tokens =
    [
        "doel ", "indicator ", "inspanning ", "actor ", "scope ", "organisatie ", "importeer \"x.kpi\"\n", "{", "}", ":", ",",
        "\"", "\"tekst\"", "//", "/*", "*/", "minimaal ", "nulmeting ", "+ 5 procentpunt", "1..10", "..", "2025-13-45", "€",
        "streefwaarde:", "eigenaar:", "vervangt:", "-", "99999999999999999999999", "0,", "%", "\n", "\t", "doel x \"t\" {",
        "indicator dubbel \"d\" { }", "als x wil ik inzicht in \"a\" zodat \"b\"", "herijking: jaarlijks door ", "tussen 5 en",
    ];

    private static readonly string[] Unicode =
    [
        "\u0000", "\uFFFD", "\u200B", "\u202E", "\uFEFF", "é", "ï", "😀", "\uD800", "\uDC00", "𝕂", "\u0301", "\r", "\u2028",
        "\u00A0", "日本", "\u001B[31m",
    ];

    public string Apply(string text)
    {
        int Pos(int fraction) => text.Length == 0 ? 0 : (int)((long)fraction * text.Length / 1000);
        var at = Pos(At);
        switch (Kind)
        {
            case MutationKind.InsertToken:
                return text.Insert(at, Tokens[Pick % Tokens.Length]);
            case MutationKind.DeleteRange:
                return text.Remove(at, Math.Min(1 + Size, text.Length - at));
            case MutationKind.SwapLines:
            {
                var lines = text.Split('\n');
                if (lines.Length < 2) return text;
                var a = At * lines.Length / 1000;
                var b = Other * lines.Length / 1000;
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return string.Join('\n', lines);
            }
            case MutationKind.DuplicateRange:
            {
                var length = Math.Min(1 + Size * 4, text.Length - at);
                return text.Insert(Pos(Other), text.Substring(at, length));
            }
            case MutationKind.InsertUnicode:
                return text.Insert(at, Unicode[Pick % Unicode.Length]);
            case MutationKind.LongLine:
                return text.Insert(at, Repeat(Tokens[Pick % Tokens.Length] + "a", 2_000 + Size * 200));
            case MutationKind.DeepNesting:
                return text.Insert(at, Repeat("doel d \"t\" {\n", 20 + Size * 4) + Repeat("}\n", Pick % 2 == 0 ? 20 + Size * 4 : Size));
            default:
                return text;
        }
    }

    private static string Repeat(string s, int count) => new StringBuilder(s.Length * count).Insert(0, s, count).ToString();

    public override string ToString() => $"{Kind}@{At}/{Other} size {Size} pick {Pick}";
}
