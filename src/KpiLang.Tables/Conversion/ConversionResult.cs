namespace KpiLang.Tables.Conversion;

/// <summary>The converted table and its text in the canonical layout, which checks without syntax or compile errors.</summary>
public sealed record ConversionResult(ConvertedSpecification Specification, string Text)
{
    public int Rows => Specification.Indicators.Length;

    /// <summary>Rows with at least one <c>streefwaarde:</c>.</summary>
    public int RowsWithTarget => Specification.Indicators.Count(i => i.Targets.Any());

    public int Targets => Specification.Indicators.Sum(i => i.Targets.Count());

    /// <summary>Cells kept verbatim in toelichting, over all rows.</summary>
    public int CellsInExplanation => Specification.Indicators.Sum(i => i.Explanation.Length);
}
