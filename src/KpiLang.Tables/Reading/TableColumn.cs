namespace KpiLang.Tables.Reading;

/// <summary>One column of the table: its place, its heading as written (trimmed), what it holds and the year its heading names.</summary>
public sealed record TableColumn(int Index, string Heading, ColumnRole Role, int? Year = null)
{
    /// <summary>How toelichting and messages name the column; a column without a heading by its place.</summary>
    public string Label => Heading.Length > 0 ? Heading : $"kolom {Index + 1}";
}
