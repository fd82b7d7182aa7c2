using System.Collections.Immutable;

namespace KpiLang.Tables.Reading;

/// <summary>One data row: the line it starts on and its cells as written. A short row reads as empty cells.</summary>
public sealed record TableRow(int Line, ImmutableArray<string> Cells)
{
    public string this[TableColumn column] => column.Index < Cells.Length ? Cells[column.Index] : "";
}
