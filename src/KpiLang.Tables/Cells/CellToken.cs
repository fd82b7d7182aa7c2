namespace KpiLang.Tables.Cells;

internal enum CellTokenKind { Number, Date, Word, Percent, Euro, Symbol, Open, Close }

/// <summary>One piece of a table cell: a number as written, a date, a word, a sign. Start and End place it in the cell.</summary>
internal readonly record struct CellToken(CellTokenKind Kind, string Text, int Start, int End)
{
    public bool Is(string word) => Kind == CellTokenKind.Word && Text.Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsSymbol(string symbol) => Kind == CellTokenKind.Symbol && Text == symbol;

    /// <summary>Four digits without separators in the range the language accepts as a year (KPL0117).</summary>
    public bool IsYear => Kind == CellTokenKind.Number && Text.Length == 4 && Text.All(char.IsAsciiDigit)
        && Text[0] is '1' or '2' && string.CompareOrdinal(Text, "1900") >= 0 && string.CompareOrdinal(Text, "2200") <= 0;
}
