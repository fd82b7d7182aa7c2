namespace KpiLang.Tables.Cells;

/// <summary>How a value cell is prepared for reading; the cell as written is never changed, only what is read from it.</summary>
internal static partial class CellValue
{
    // Footnote marks tables put after a value ("24% (2013)¹", "30%* (2013)"): they point at a note, not at the value.
    private static readonly char[] FootnoteMarks = ['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰', '*', '†', '‡'];

    /// <summary>The cell without footnote marks, and whether it had any (then the cell is also kept verbatim).</summary>
    public static (string Text, bool HadFootnote) WithoutFootnotes(string cell)
    {
        if (cell.IndexOfAny(FootnoteMarks) < 0) return (cell, false);
        return (string.Concat(cell.Where(c => Array.IndexOf(FootnoteMarks, c) < 0)), true);
    }

    /// <summary>
    /// A cell that says there is no value: "-", ".", "n.v.t.", "nnb", "n.b.", "ntb". It carries no number, so a target
    /// or forecast column leaves it out rather than keeping it as text.
    /// </summary>
    public static bool IsPlaceholder(string cell)
    {
        var key = new string([.. cell.ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c != '.')]);
        return key is "" or "-" or "--" or "–" or "—" or "nvt" or "nnb" or "nb" or "ntb";
    }

    /// <summary>True when a number written in the cell ("0" in "0-meting") is not in what the cell was read as.</summary>
    public static bool LosesNumbers(string cell, string read) =>
        Numbers().Matches(cell).Any(number => !read.Contains(number.Value, StringComparison.Ordinal));

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial System.Text.RegularExpressions.Regex Numbers();
}
