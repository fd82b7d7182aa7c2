using System.Text;
using KpiLang.Diagnostics;
using KpiLang.Tables.Conversion;

namespace KpiLang.Tables.Writing;

/// <summary>
/// Writes a converted table as .kpi text: a header comment, the actors, then the indicators in row order, those with a
/// goal inside a <c>doel</c> block placed where the goal first appears. Each indicator starts with a comment naming its
/// line in the table, and notes stand as comments beside what they explain. The text is laid out roughly; the
/// formatter gives it the canonical layout (<see cref="TableConverter"/>).
/// </summary>
internal static class KpiWriter
{
    /// <summary>Lines stay within about this width; a text part is never cut shorter than <see cref="MinPart"/>.</summary>
    private const int Width = 118;
    private const int MinPart = 40;
    private const string Indent = "    ";

    public static string Write(ConvertedSpecification specification, Language language)
    {
        var text = new StringBuilder();
        foreach (var line in Header(specification.SourceName).Get(language).Split('\n')) text.Append("// ").Append(line).Append('\n');
        foreach (var actor in specification.Actors)
            text.Append('\n').Append($"actor {actor.Name} ").Append(Quoted(actor.Title, 6 + actor.Name.Length + 1)).Append('\n');

        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in specification.Indicators)
        {
            text.Append('\n');
            if (indicator.Goal is not { } goalName)
            {
                WriteIndicator(text, indicator, depth: 0, language);
                continue;
            }
            if (!written.Add(goalName)) continue;
            var goal = specification.Goals.First(g => g.Name == goalName);
            text.Append($"doel {goal.Name} ").Append(Quoted(goal.Title, 5 + goal.Name.Length + 1)).Append(" {\n");
            var first = true;
            foreach (var member in specification.Indicators.Where(i => i.Goal == goalName))
            {
                if (!first) text.Append('\n');
                first = false;
                WriteIndicator(text, member, depth: 1, language);
            }
            text.Append("}\n");
        }
        return text.ToString();
    }

    private static void WriteIndicator(StringBuilder text, ConvertedIndicator indicator, int depth, Language language)
    {
        var indent = string.Concat(Enumerable.Repeat(Indent, depth));
        var inner = indent + Indent;
        text.Append(indent).Append("// ").Append(LineComment(indicator.Line).Get(language)).Append('\n');
        var opening = $"{indent}indicator {indicator.Name} ";
        text.Append(opening).Append(Quoted(indicator.Title, opening.Length)).Append(" {\n");
        foreach (var note in indicator.Notes) text.Append(inner).Append("// ").Append(Comment(note.Get(language))).Append('\n');
        foreach (var property in indicator.Properties)
        {
            var start = $"{inner}{property.Key}: ";
            text.Append(start).Append(property.IsText ? Quoted(property.Value, start.Length) : property.Value);
            if (property.Note is { } note) text.Append(" // ").Append(Comment(note.Get(language)));
            text.Append('\n');
        }
        if (!indicator.Explanation.IsEmpty)
        {
            var start = $"{inner}toelichting: ";
            // One piece per cell, each "<kolomkop>: <cel>", separated by " | " (the first part of a later piece starts with it).
            var joined = string.Join(" | ", indicator.Explanation.Select(c => c.Verbatim));
            text.Append(start).Append(Quoted(joined, start.Length, breakBefore: "| ")).Append('\n');
        }
        text.Append(indent).Append("}\n");
    }

    /// <summary>The text as quoted parts, one per line, aligned by the formatter under the first.</summary>
    private static string Quoted(string value, int column, string? breakBefore = null)
    {
        var width = Math.Max(MinPart, Width - column);
        var parts = breakBefore is null ? TextParts.Split(value, width) : Pieces(value, breakBefore, width);
        return string.Join("\n" + new string(' ', column), parts.Select(KpiSyntax.Quote));
    }

    /// <summary>
    /// Toelichting: as many pieces on a line as fit; a line that follows starts with the separator
    /// ("| realisatie 2018: 59%"), and a piece longer than a line is split further.
    /// </summary>
    private static List<string> Pieces(string joined, string separator, int width)
    {
        var parts = new List<string>();
        foreach (var piece in joined.Split(" " + separator))
        {
            if (parts.Count > 0 && parts[^1].Length + 1 + separator.Length + piece.Length <= width && !piece.Contains('\n') && !piece.Contains('\r'))
                parts[^1] += " " + separator + piece;
            else
                parts.AddRange(TextParts.Split(parts.Count == 0 ? piece : separator + piece, width));
        }
        return parts;
    }

    private static string Comment(string text) => text.ReplaceLineEndings(" ");

    private static LocalizedText Header(string source) => ConvertText.KpiFileHeader(source);

    private static LocalizedText LineComment(int line) => ConvertText.SourceLine(line);
}
