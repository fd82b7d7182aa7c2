using KpiLang.Semantics;

namespace KpiLang.Tables.Cells;

/// <summary>What unit a value in a cell carries; <see cref="None"/> is a bare number, in the indicator's unit.</summary>
internal enum QuantityUnit { None, Percent, Euro, Duration }

/// <summary>
/// A value as the table wrote it: the number exactly as written ("2.900", "64,3"; the language reads it by the same
/// Dutch rule), its value, and its unit. Written back in the language's form: "85 %", "€ 4.000", "28 dagen".
/// </summary>
internal sealed record WrittenQuantity(string Number, decimal Value, QuantityUnit Unit, string? DurationWord = null)
{
    public string ToKpi() => Unit switch
    {
        QuantityUnit.Percent => $"{Number} %",
        QuantityUnit.Euro => $"€ {Number}",
        QuantityUnit.Duration => $"{Number} {DurationWord}",
        _ => Number,
    };

    public WrittenQuantity WithUnitOf(WrittenQuantity other) =>
        Unit == QuantityUnit.None ? this with { Unit = other.Unit, DurationWord = other.DurationWord } : this;

    /// <summary>"dagen" and "werkdagen" are different measures (the language never compares them), so they differ here too.</summary>
    public string? DurationMeasure => DurationWord is null ? null : Vocabulary.DurationUnits[DurationWord].Measure;
}
