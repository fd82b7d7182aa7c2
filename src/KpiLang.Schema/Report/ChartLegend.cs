using System.Net;
using System.Text;
using KpiLang.Diagnostics;
using KpiLang.Schema.Reading;

namespace KpiLang.Schema.Report;

/// <summary>
/// The legend under a chart, drawn with the chart's own symbols: a line per breakdown group, a filled point for a
/// definitief and a hollow one for a voorlopig measurement, and the baseline and target lines the chart has.
/// </summary>
internal static class ChartLegend
{
    public static string Render(IndicatorStatus indicator, IReadOnlyList<ChartSeries> series, Language language)
    {
        var html = new StringBuilder("<ul class=\"legenda\">");
        foreach (var line in series)
            Item(html, $"<line x1=\"1\" y1=\"6\" x2=\"23\" y2=\"6\" style=\"stroke:{line.Colour};stroke-width:2\"/>", line.Name);
        var colour = series[0].Colour;
        Item(html, $"<circle cx=\"12\" cy=\"6\" r=\"4\" style=\"fill:{colour};stroke:{colour};stroke-width:2\"/>", ReportText.Final.Get(language));
        Item(html, $"<circle cx=\"12\" cy=\"6\" r=\"4\" style=\"fill:#fff;stroke:{colour};stroke-width:2\"/>", ReportText.Provisional.Get(language));
        if (indicator.Baseline is not null)
            Item(html, "<line class=\"nulmeting\" x1=\"1\" y1=\"6\" x2=\"23\" y2=\"6\"/>", ReportText.Baseline.Get(language));
        if (indicator.Target is not null)
            Item(html, "<line class=\"streefwaarde\" x1=\"1\" y1=\"6\" x2=\"23\" y2=\"6\"/>", ReportText.Target.Get(language));
        return html.Append("</ul>").ToString();
    }

    private static void Item(StringBuilder html, string symbol, string label) =>
        html.Append($"<li><svg class=\"symbool\" width=\"24\" height=\"12\" viewBox=\"0 0 24 12\" aria-hidden=\"true\">{symbol}</svg> {WebUtility.HtmlEncode(label)}</li>");
}
