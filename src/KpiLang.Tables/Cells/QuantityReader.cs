using KpiLang.Semantics;
using KpiLang.Text;

namespace KpiLang.Tables.Cells;

/// <summary>
/// Reads one value: <c>[€] getal [eenheid]</c>, where the unit is %, procent, €, euro or a duration word
/// (dagen, werkdagen, weken, …). The number must read by the one Dutch rule ("2.900" = 2900, "64,3"); a number the
/// rule refuses ("7.5") is not read at all, so the cell stays verbatim rather than being guessed.
/// </summary>
internal static class QuantityReader
{
    public static WrittenQuantity? Read(CellCursor cells) => cells.Try(ReadAt);

    /// <summary>A whole cell that is one value, or null.</summary>
    public static WrittenQuantity? ReadWhole(string cell) => CellCursor.ReadWhole(cell, Read);

    private static WrittenQuantity? ReadAt(CellCursor cells)
    {
        var euro = cells.TakeKind(CellTokenKind.Euro);
        if (cells.Peek() is not { Kind: CellTokenKind.Number } number) return null;
        cells.Take();
        var reading = NumberReader.Read(number.Text, NumberNotation.Dutch);
        if (!reading.IsValid) return null;
        var quantity = new WrittenQuantity(number.Text, reading.Value!.Value, euro ? QuantityUnit.Euro : QuantityUnit.None);
        if (euro) return quantity;
        if (cells.TakeKind(CellTokenKind.Percent) || cells.TakeWord("procent") is not null) return quantity with { Unit = QuantityUnit.Percent };
        if (cells.TakeKind(CellTokenKind.Euro) || cells.TakeWord("euro") is not null) return quantity with { Unit = QuantityUnit.Euro };
        if (cells.Peek() is { Kind: CellTokenKind.Word } word && Vocabulary.DurationUnits.ContainsKey(word.Text.ToLowerInvariant()))
        {
            cells.Take();
            return quantity with { Unit = QuantityUnit.Duration, DurationWord = word.Text.ToLowerInvariant() };
        }
        return quantity;
    }
}
