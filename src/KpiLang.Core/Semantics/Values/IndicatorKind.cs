namespace KpiLang.Semantics;

public enum IndicatorKindType
{
    Aantal,
    Percentage,
    Score,
    Bedrag,
    Duur,
    JaNee,
    Kwalitatief,
}

/// <summary>What an indicator's values are: a count, a percentage, a score on a scale, …</summary>
public sealed record IndicatorKind(IndicatorKindType Type, decimal? ScaleLow = null, decimal? ScaleHigh = null)
{
    public bool IsQuantitative => Type != IndicatorKindType.Kwalitatief;

    public override string ToString() => Type switch
    {
        IndicatorKindType.Score when ScaleLow is not null => $"score {ScaleLow}..{ScaleHigh}",
        IndicatorKindType.JaNee => "ja/nee",
        _ => Type.ToString().ToLowerInvariant(),
    };
}
