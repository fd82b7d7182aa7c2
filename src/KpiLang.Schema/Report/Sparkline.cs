using System.Globalization;
using System.Text;
using KpiLang.Diagnostics;
using KpiLang.Schema.Reading;

namespace KpiLang.Schema.Report;

/// <summary>
/// A trend line of 120 by 24 for the overview table: one polyline per breakdown group with a vertex per reporting
/// period, in the chart's colours, and the target as a thin green line; the title of each line says what it covers.
/// </summary>
internal static class Sparkline
{
    private const double Width = 120, Height = 24, Pad = 2;

    public static string Render(IndicatorStatus indicator, IReadOnlyList<ChartSeries> series, Language language)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        var days = points.Select(p => (double)DateOnly.ParseExact(p.PeriodEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber).ToList();
        var (x0, x1) = (days.Min(), days.Max());
        if (x1 <= x0) (x0, x1) = (x0 - 1, x1 + 1);
        var values = points.Select(p => p.Value).Append(indicator.Target ?? points[0].Value).ToList();
        var (y0, y1) = (values.Min(), values.Max());
        if (y1 <= y0) (y0, y1) = (y0 - 1, y1 + 1);
        string X(string end) => F(Pad + (DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - x0) / (x1 - x0) * (Width - 2 * Pad));
        string Y(double v) => F(Height - Pad - (v - y0) / (y1 - y0) * (Height - 2 * Pad));

        var svg = new StringBuilder($"<svg class=\"verloop\" viewBox=\"0 0 {Width} {Height}\" role=\"img\">");
        if (indicator.Target is { } target) svg.Append($"<line class=\"streefwaarde\" x1=\"0\" x2=\"{Width}\" y1=\"{Y(target)}\" y2=\"{Y(target)}\"/>");
        foreach (var line in series)
        {
            var label = ReportText.TrendLabel(line.Name, line.Points.Count, line.Points[0].PeriodStart, line.Points[^1].PeriodEnd).Get(language);
            svg.Append($"<polyline style=\"stroke:{line.Colour}\" data-reeks=\"{HtmlReport.E(line.Name)}\" points=\"")
               .AppendJoin(' ', line.Points.Select(p => $"{X(p.PeriodEnd)},{Y(p.Value)}"))
               .Append($"\"><title>{HtmlReport.E(label)}</title></polyline>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);
}
