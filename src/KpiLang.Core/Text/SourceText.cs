using System.Collections.Immutable;

namespace KpiLang.Text;

/// <summary>
/// The immutable text of one source file with its path and a line index, so positions map to line and column
/// without rescanning.
/// </summary>
public sealed class SourceText
{
    private readonly ImmutableArray<int> _lineStarts;

    private SourceText(string text, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Path = path;
        _lineStarts = ComputeLineStarts(text);
    }

    public static SourceText From(string text, string path = "") => new(text, path);

    public string Text { get; }

    /// <summary>The file's full path, or an empty string for text that has no file.</summary>
    public string Path { get; }

    public int Length => Text.Length;

    public int LineCount => _lineStarts.Length;

    public char this[int index] => Text[index];

    public string ToString(TextSpan span) => Text.Substring(span.Start, Math.Min(span.Length, Text.Length - span.Start));

    public override string ToString() => Text;

    public int GetLineIndex(int position)
    {
        position = Math.Clamp(position, 0, Text.Length);
        var index = _lineStarts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetLinePosition(int position)
    {
        position = Math.Clamp(position, 0, Text.Length);
        var line = GetLineIndex(position);
        return new LinePosition(line, position - _lineStarts[line]);
    }

    public LinePositionSpan GetLinePositionSpan(TextSpan span) =>
        new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The position of a line and character, clamped into the text (a client may send positions past a line's end).</summary>
    public int GetPosition(LinePosition position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _lineStarts.Length) return Text.Length;
        var line = GetLineSpan(position.Line);
        return line.Start + Math.Clamp(position.Character, 0, line.Length);
    }

    /// <summary>The span of a line without its line break.</summary>
    public TextSpan GetLineSpan(int line)
    {
        var start = _lineStarts[line];
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return TextSpan.FromBounds(start, end);
    }

    public string GetLineText(int line) => ToString(GetLineSpan(line));

    /// <summary>A new text with one span replaced, as an editor's incremental change does.</summary>
    public SourceText WithChange(TextSpan span, string newText) =>
        new(string.Concat(Text.AsSpan(0, span.Start), newText, Text.AsSpan(span.End)), Path);

    private static ImmutableArray<int> ComputeLineStarts(string text)
    {
        // A vectorised search for the next line break instead of a loop over every character: this runs for every
        // file read and every edit in the editor.
        var starts = ImmutableArray.CreateBuilder<int>();
        starts.Add(0);
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny('\r', '\n');
            if (next < 0) break;
            i += next;
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n') i++;
            starts.Add(++i);
        }
        return starts.ToImmutable();
    }
}
