using System.Collections.Immutable;

namespace KpiLang.Tables.Reading;

/// <summary>An indicator table as read: the file's name (for messages and the header comment), its columns and its rows.</summary>
public sealed record IndicatorTable(string Name, ImmutableArray<TableColumn> Columns, ImmutableArray<TableRow> Rows)
{
    public TableColumn? Column(ColumnRole role) => Columns.FirstOrDefault(c => c.Role == role);

    public IEnumerable<TableColumn> ColumnsOf(ColumnRole role) => Columns.Where(c => c.Role == role);
}
