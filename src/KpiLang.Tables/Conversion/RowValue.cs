using KpiLang.Tables.Cells;

namespace KpiLang.Tables.Conversion;

/// <summary>
/// A value a row names and the cell it was read from. Targets and the nulmeting may tell the kind by their unit;
/// a forecast only has to fit it (<see cref="MayGiveKind"/> false).
/// </summary>
internal sealed record RowValue(WrittenQuantity Value, CellRef Cell, bool MayGiveKind);
