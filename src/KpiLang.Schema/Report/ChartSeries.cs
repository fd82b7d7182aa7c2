using KpiLang.Schema.Reading;

namespace KpiLang.Schema.Report;

/// <summary>
/// One line of a chart: the total, or one group of the indicator's breakdown (uitsplitsing), each its own line so
/// no group disappears into an average. <see cref="Colour"/> is the same in the chart and its legend.
/// </summary>
internal sealed record ChartSeries(string Name, string Colour, IReadOnlyList<PeriodPoint> Points)
{
    // Distinct from the baseline (grey) and the target (green); after these the colours repeat.
    private static readonly string[] Palette = ["#1f5fbf", "#c2410c", "#7c3aed", "#0e7490", "#be185d", "#854d0e", "#4338ca", "#334155"];

    /// <summary>The points (one per reporting period) grouped by breakdown value: the total first, then the groups by name.</summary>
    public static IReadOnlyList<ChartSeries> From(IEnumerable<PeriodPoint> points, string totalName) =>
        [.. points
            .GroupBy(r => r.Breakdown)
            .OrderBy(g => g.Key.Length > 0).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => new ChartSeries(g.Key.Length == 0 ? totalName : g.Key, Palette[i % Palette.Length], [.. g]))];
}
