using KpiLang.Semantics;

namespace KpiLang.Tables.Cells;

/// <summary>The families of indicator kinds, for checking that a kind fits the values a row names.</summary>
internal enum KindFamily { Percentage, Count, Amount, Duration, Score, YesNo, Qualitative }

/// <summary>
/// An indicator kind in the language's words (<c>percentage</c>, <c>aantal per 1.000 inwoners</c>, <c>score 1..10</c>,
/// <c>duur</c>), with the <c>eenheid:</c> that goes with it (<c>dagen</c>, <c>fte</c>) and the scale of a score.
/// <see cref="Exact"/> is false when the cell said more than the kind ("% van totale lasten"): the cell is then also
/// kept verbatim in toelichting.
/// </summary>
internal sealed record KindReading(KindFamily Family, string Kpi, string? Unit = null, bool Exact = true, decimal? Low = null, decimal? High = null)
{
    public bool SameFamily(KindReading other) => Family == other.Family;

    /// <summary>Whether a value from the row can stand in this kind without the language refusing it.</summary>
    public bool Fits(WrittenQuantity value) => Family switch
    {
        KindFamily.Percentage => value.Unit is QuantityUnit.None or QuantityUnit.Percent && value.Value <= 100,
        KindFamily.Count => value.Unit == QuantityUnit.None,
        KindFamily.Amount => value.Unit is QuantityUnit.None or QuantityUnit.Euro,
        // "14 dagen" does not fit "eenheid: weken", nor "20 werkdagen" "eenheid: dagen" (KPL0109).
        KindFamily.Duration => value.Unit == QuantityUnit.None
            || (value.Unit == QuantityUnit.Duration && (Unit is null || value.DurationMeasure == Vocabulary.DurationUnits[Unit].Measure)),
        KindFamily.Score => value.Unit == QuantityUnit.None && (Low is null || (value.Value >= Low && value.Value <= High)),
        _ => false,
    };
}
