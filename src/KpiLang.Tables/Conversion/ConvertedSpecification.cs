using System.Collections.Immutable;

namespace KpiLang.Tables.Conversion;

/// <summary>A whole converted table: the file it came from, the actors its owner column names, its goals and its indicators in row order.</summary>
public sealed record ConvertedSpecification(
    string SourceName,
    ImmutableArray<NamedTitle> Actors,
    ImmutableArray<NamedTitle> Goals,
    ImmutableArray<ConvertedIndicator> Indicators)
{
    public ConvertedSpecification Replace(ConvertedIndicator old, ConvertedIndicator replacement) =>
        this with { Indicators = Indicators.Replace(old, replacement) };
}
