using KpiLang.Diagnostics;
using KpiLang.Schema.Reading;

namespace KpiLang.Schema.Report;

/// <summary>
/// The report for a large specification (<see cref="HtmlReport.OverviewFrom"/> indicators or more): per goal one
/// table, a row per indicator with its status, latest measurement, target and a small trend line
/// (<see cref="Sparkline"/>) with one point per reporting period and breakdown group. About half a kilobyte per
/// indicator, so 4,000 indicators with a million measurements make a page of about 2 MB.
/// </summary>
internal static class OverviewTable
{
    public const string Style = """
        table.overzicht { border-collapse: collapse; width: 100%; font-size: .9rem; }
        table.overzicht th, table.overzicht td { text-align: left; padding: .15rem .5rem .15rem 0; border-bottom: 1px solid #eee; vertical-align: middle; }
        svg.verloop { width: 120px; height: 24px; } svg.verloop polyline { fill: none; stroke-width: 1.5; } svg.verloop .streefwaarde { stroke-width: 1; }
        """;

    /// <summary>Writes the goal's table; returns the number of indicators with a trend line.</summary>
    public static int Write(GoalSection section, Dictionary<long, List<PeriodPoint>> points, TextWriter writer, Language language)
    {
        writer.WriteLine($"<table class=\"overzicht\"><thead><tr><th>{E(ReportText.Status.Get(language))}</th><th>indicator</th>"
            + $"<th>{E(ReportText.Latest.Get(language))}</th><th>{E(ReportText.Target.Get(language))}</th><th>{E(ReportText.Trend.Get(language))}</th></tr></thead><tbody>");
        var lines = 0;
        foreach (var indicator in section.Indicators)
        {
            var series = ChartSeries.From(points.GetValueOrDefault(indicator.Id) ?? [], ReportText.Total.Get(language));
            var latest = indicator.LatestValue is not null ? $"{indicator.WithUnit(indicator.LatestValue, language)} ({indicator.LatestPeriodEnd})"
                : indicator.LatestText is { } told ? $"{told.Text} ({told.PeriodEnd})" : "—";
            writer.WriteLine($"<tr id=\"{E("indicator-" + indicator.Key)}\" data-indicator=\"{E(indicator.Key)}\">"
                + $"<td class=\"{indicator.State.Label().Nl.Replace(' ', '-')}\" title=\"{E(indicator.State.Label().Get(language))}\">{indicator.State.Marker()}</td>"
                + $"<td>{E(indicator.Title)} <span class=\"sleutel\">{E(indicator.Key)}</span></td><td>{E(latest)}</td><td>{E(indicator.TargetTextIn(language) ?? "—")}</td>"
                + $"<td>{(series.Count > 0 ? Sparkline.Render(indicator, series, language) : "")}</td></tr>");
            if (series.Count > 0) lines++;
        }
        writer.WriteLine("</tbody></table>");
        return lines;
    }

    private static string E(string text) => HtmlReport.E(text);
}
