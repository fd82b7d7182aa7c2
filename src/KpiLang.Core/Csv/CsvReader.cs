using System.Buffers;
using System.Text;

namespace KpiLang.Csv;

/// <summary>
/// Reads RFC 4180 CSV: fields in double quotes may hold the separator, quotes ("") and line breaks. The separator
/// is ';' when the header line has one (as Dutch spreadsheets write it), otherwise ','. Blank lines are skipped.
/// Carriage returns outside quotes are dropped. Streams one record at a time into a caller's list, so a file of a
/// million rows is never held as a million records; a field without quotes is one substring of the text.
/// Shared by <c>kpic import</c> (measurements) and <c>kpic convert</c> (indicator tables), so both read a file alike.
/// </summary>
public sealed class CsvReader
{
    private readonly string text;
    private readonly char separator;
    private readonly SearchValues<char> special;
    private readonly StringBuilder built = new();
    private int position;
    private int line = 1;
    // Where the current line starts in the text: columns in messages count from there, as an editor shows them.
    private int lineStart;

    // The current field is either a single run of the text (runStart..runEnd) or, once it needed more than that
    // (quotes, a dropped '\r'), the contents of 'built'.
    private int runStart;
    private int runEnd;

    public CsvReader(string text, char separator)
    {
        this.text = text;
        this.separator = separator;
        special = SearchValues.Create([separator, '\n', '\r', '"']);
        position = lineStart = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
    }

    /// <summary>The line (1-based, as an editor shows it) on which the record last read starts.</summary>
    public int Line { get; private set; }

    /// <summary>
    /// Where a quoted field opened that was never closed: the text ran out inside it, so the last record swallowed
    /// everything after that quote. Null while every quote was closed.
    /// </summary>
    public CsvPosition? UnclosedQuote { get; private set; }

    public static char DetectSeparator(string text)
    {
        var end = text.AsSpan().IndexOfAny('\r', '\n');
        var header = end < 0 ? text.AsSpan() : text.AsSpan(0, end);
        return header.Contains(';') ? ';' : ',';
    }

    /// <summary>
    /// Reads the next record that is not blank into <paramref name="fields"/>; false at the end of the text. With
    /// <paramref name="starts"/>, also where each field starts (for messages that point at one field).
    /// </summary>
    public bool Next(List<string> fields, List<CsvPosition>? starts = null)
    {
        fields.Clear();
        starts?.Clear();
        var recordLine = line;
        var inQuotes = false;
        var length = text.Length;
        starts?.Add(Here());
        while (position < length)
        {
            if (inQuotes)
            {
                var q = text.AsSpan(position).IndexOfAny('"', '\n');
                if (q < 0)
                {
                    Append(position, length);
                    position = length;
                    break;
                }
                var at = position + q;
                Append(position, at);
                if (text[at] == '\n')
                {
                    line++;
                    lineStart = at + 1;
                    AppendChar('\n');
                    position = at + 1;
                }
                else if (at + 1 < length && text[at + 1] == '"')
                {
                    AppendChar('"');
                    position = at + 2;
                }
                else
                {
                    inQuotes = false;
                    UnclosedQuote = null;
                    position = at + 1;
                }
                continue;
            }

            var k = text.AsSpan(position).IndexOfAny(special);
            if (k < 0)
            {
                Append(position, length);
                position = length;
                break;
            }
            var stop = position + k;
            Append(position, stop);
            var c = text[stop];
            position = stop + 1;
            if (c == '"')
            {
                if (IsFieldEmpty)
                {
                    inQuotes = true;
                    UnclosedQuote = new CsvPosition(line, stop - lineStart + 1);
                }
                else AppendChar('"');
            }
            else if (c == '\r')
            {
                // dropped outside quotes
            }
            else if (c == '\n')
            {
                fields.Add(TakeField());
                line++;
                lineStart = position;
                if (IsRecord(fields)) { Line = recordLine; return true; }
                fields.Clear();
                starts?.Clear();
                starts?.Add(Here());
                recordLine = line;
            }
            else
            {
                fields.Add(TakeField());
                starts?.Add(Here());
            }
        }
        if (!IsFieldEmpty || fields.Count > 0)
        {
            fields.Add(TakeField());
            if (IsRecord(fields)) { Line = recordLine; return true; }
        }
        fields.Clear();
        starts?.Clear();
        return false;
    }

    private CsvPosition Here() => new(line, position - lineStart + 1);

    private static bool IsRecord(List<string> fields) => fields.Count > 1 || fields[0].Trim().Length > 0;

    private bool IsFieldEmpty => built.Length == 0 && runEnd == runStart;

    private void Append(int from, int to)
    {
        if (to == from) return;
        if (built.Length == 0 && runEnd == runStart) (runStart, runEnd) = (from, to);
        else if (built.Length == 0 && runEnd == from) runEnd = to;
        else
        {
            MoveRunToBuilder();
            built.Append(text, from, to - from);
        }
    }

    private void AppendChar(char c)
    {
        MoveRunToBuilder();
        built.Append(c);
    }

    private void MoveRunToBuilder()
    {
        if (runEnd == runStart) return;
        built.Append(text, runStart, runEnd - runStart);
        runStart = runEnd = 0;
    }

    private string TakeField()
    {
        string field;
        if (built.Length > 0)
        {
            field = built.ToString();
            built.Clear();
        }
        else
        {
            field = runEnd == runStart ? "" : text.Substring(runStart, runEnd - runStart);
        }
        runStart = runEnd = 0;
        return field;
    }
}
