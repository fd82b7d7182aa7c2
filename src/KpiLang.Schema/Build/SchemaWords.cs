using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.Schema.Build;

/// <summary>The words the schema stores for the language's enumerations; the CHECK constraints list the same words.</summary>
internal static class SchemaWords
{
    public static string Of(Layer layer) => layer.ToString().ToLowerInvariant();

    public static string Of(Level level) => level.ToString().ToLowerInvariant();

    public static string Of(ActorKind kind) => kind.ToString().ToLowerInvariant();

    public static string Of(Direction direction) => direction.ToString().ToLowerInvariant();

    public static string Of(Period period) => period.ToString().ToLowerInvariant();

    public static string Of(IndicatorKindType kind) => kind switch
    {
        IndicatorKindType.JaNee => "ja/nee",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Of(Method method) => method switch
    {
        Method.OpenData => "open_data",
        _ => method.ToString().ToLowerInvariant(),
    };

    public static string Of(Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => "minimaal",
        Comparator.AtMost => "maximaal",
        Comparator.GreaterThan => "meer_dan",
        Comparator.LessThan => "minder_dan",
        Comparator.Exactly => "precies",
        Comparator.Between => "tussen",
        Comparator.Unstated => "onbepaald",
        var other => throw new ArgumentOutOfRangeException(nameof(comparator), other, null),
    };

    public static string Of(ComparatorOrigin origin) => origin switch
    {
        ComparatorOrigin.Written => "geschreven",
        ComparatorOrigin.FromDirection => "richting",
        ComparatorOrigin.Unstated => "onbepaald",
        var other => throw new ArgumentOutOfRangeException(nameof(origin), other, null),
    };

    public static string? Of(TargetStatistic statistic) => statistic switch
    {
        TargetStatistic.None => null,
        TargetStatistic.Average => "gemiddeld",
        TargetStatistic.EveryCase => "steeds",
        var other => throw new ArgumentOutOfRangeException(nameof(statistic), other, null),
    };

    public static string Of(ReferenceValueKind reference) => reference switch
    {
        ReferenceValueKind.Baseline => "nulmeting",
        ReferenceValueKind.PreviousPeriod => "vorige_periode",
        ReferenceValueKind.Benchmark => "benchmark",
        _ => "jaar",
    };

    public static string Of(SymbolKind kind) => kind.Keyword();
}
