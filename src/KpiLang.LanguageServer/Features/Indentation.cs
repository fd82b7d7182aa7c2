using KpiLang.Text;

namespace KpiLang.LanguageServer.Features;

internal static class Indentation
{
    /// <summary>The leading whitespace of the line a position is on, to indent inserted lines alike.</summary>
    public static string Of(SourceText text, int position)
    {
        var line = text.GetLineText(text.GetLineIndex(position));
        return line[..(line.Length - line.TrimStart().Length)];
    }
}
