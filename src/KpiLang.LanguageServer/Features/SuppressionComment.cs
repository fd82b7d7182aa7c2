using System.Text.RegularExpressions;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// The codes in a <c>// kpi-negeer KPI104, KPI105: reden</c> comment, for completion and hover. The checker reads
/// these comments with its own parser (SuppressionParser); this only finds where a code is written.
/// </summary>
internal static partial class SuppressionComment
{
    /// <summary>True when the comment text up to the cursor is where a code goes (after the directive, before the ':').</summary>
    public static bool IsCodePosition(string commentBeforeCursor) => CodeList().IsMatch(commentBeforeCursor);

    /// <summary>The code written at an offset into the comment, with its start in the comment; null elsewhere.</summary>
    public static (string Code, int Start)? CodeAt(string comment, int offset)
    {
        var directive = Directive().Match(comment);
        if (!directive.Success) return null;
        foreach (Match code in Code().Matches(comment, directive.Length))
        {
            if (comment.IndexOf(':', directive.Length) is var colon and >= 0 && code.Index > colon) break;
            if (code.Index <= offset && offset <= code.Index + code.Length) return (code.Value.ToUpperInvariant(), code.Index);
        }
        return null;
    }

    [GeneratedRegex(@"^//\s*kpi-negeer(-bestand)?\s[^:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex CodeList();

    [GeneratedRegex(@"^//\s*kpi-negeer(-bestand)?(?![\w-])", RegexOptions.IgnoreCase)]
    private static partial Regex Directive();

    [GeneratedRegex(@"KP[IL]\d{3,4}", RegexOptions.IgnoreCase)]
    private static partial Regex Code();
}
