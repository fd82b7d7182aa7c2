namespace KpiLang.Tables.Cells;

/// <summary>
/// Reads a nulmeting cell: a value with the moment it was measured, as the language says it (<c>in 2023</c> or
/// <c>op 2023-09-01</c>). "62% (2023)", "62% in 2023", "1.200 (2016)" → <c>… in 2023</c>; "62%" → <c>62 %</c> (the
/// language accepts a nulmeting without a moment and the checker asks for one: no moment is invented);
/// "Nulmeting in 2016" → <c>in 2016</c>, a moment without a value.
/// </summary>
internal static class BaselineReader
{
    public static BaselineReading? Read(string cell)
    {
        var cells = new CellCursor(CellLexer.Tokenize(cell));
        cells.TakeWord("nulmeting");
        var value = QuantityReader.Read(cells);
        var moment = cells.Try(Moment);
        if (!cells.AtEnd || (value is null && moment is null)) return null;
        var kpi = value is null ? moment! : moment is null ? value.ToKpi() : $"{value.ToKpi()} {moment}";
        return new BaselineReading(kpi, value);
    }

    private static string? Moment(CellCursor cells)
    {
        var bracketed = cells.TakeKind(CellTokenKind.Open);
        string? moment = null;
        if (cells.TakeWord("op") is not null)
        {
            if (cells.Peek() is { Kind: CellTokenKind.Date }) moment = $"op {cells.Take().Text}";
        }
        else
        {
            cells.TakeWord("in");
            if (cells.Peek() is { Kind: CellTokenKind.Date }) moment = $"op {cells.Take().Text}";
            else if (cells.Peek() is { IsYear: true }) moment = $"in {cells.Take().Text}";
        }
        return bracketed && !cells.TakeKind(CellTokenKind.Close) ? null : moment;
    }
}
