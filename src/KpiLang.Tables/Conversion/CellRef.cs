namespace KpiLang.Tables.Conversion;

/// <summary>A cell of the table: its column (place and heading as written) and its text, trimmed.</summary>
public sealed record CellRef(int Column, string Heading, string Cell)
{
    /// <summary>How toelichting keeps a cell: "&lt;kolomkop&gt;: &lt;cel&gt;", so no number of the source is lost.</summary>
    public string Verbatim => $"{Heading}: {Cell}";
}
