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

/// <summary>
/// What an indicator's values are: a count, a percentage, a score on a scale, … A count or amount may be a rate:
/// "aantal per 1.000 inwoners" has <see cref="RateBase"/> 1000 and <see cref="RatePopulation"/> "inwoners".
/// </summary>
public sealed record IndicatorKind(IndicatorKindType Type, decimal? ScaleLow = null, decimal? ScaleHigh = null,
    decimal? RateBase = null, string? RatePopulation = null)
{
    public bool IsQuantitative => Type != IndicatorKindType.Kwalitatief;

    public bool IsRate => RatePopulation is not null;

    /// <summary>A score whose scale is not stated ("soort: score"): accepted, and judged as not measurable.</summary>
    public bool IsScoreWithoutScale => Type == IndicatorKindType.Score && ScaleLow is null;

    /// <summary>"per 1.000 inwoners", "per inwoner".</summary>
    public string? RateText => RatePopulation is null ? null
        : RateBase is { } b && b != 1 ? $"per {b.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)} {RatePopulation}"
        : $"per {RatePopulation}";

    public override string ToString() => Type switch
    {
        IndicatorKindType.Score when ScaleLow is not null => $"score {ScaleLow}..{ScaleHigh}",
        IndicatorKindType.JaNee => "ja/nee",
        _ when RateText is { } rate => $"{Type.ToString().ToLowerInvariant()} {rate}",
        _ => Type.ToString().ToLowerInvariant(),
    };
}
