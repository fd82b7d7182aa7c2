using System.Globalization;
using System.Net;
using System.Text;
using KpiLang.Diagnostics;
using KpiLang.Schema.Reading;

namespace KpiLang.Schema.Report;

/// <summary>
/// An inline SVG line chart of one indicator over time: measurements as a line with points, the baseline as a
/// dashed grey line, the target as a green line (a band for "tussen") ending in a diamond at its deadline.
/// </summary>
internal static class SvgChart
{
    private const double Width = 640, Height = 240, Left = 56, Right = 16, Top = 16, Bottom = 32;

    public static string Render(IndicatorStatus indicator, IReadOnlyList<MeasuredPoint> points, Language language)
    {
        var dates = points.Select(p => Day(p.PeriodEnd)).ToList();
        if (indicator.BaselineDate is { } bd) dates.Add(Day(bd));
        if (indicator.Deadline is { } dl) dates.Add(Day(dl));
        var (x0, x1) = (dates.Min(), dates.Max());
        if (x1 - x0 < 30) (x0, x1) = (x0 - 30, x1 + 30);

        var values = points.Select(p => p.Value).ToList();
        foreach (var v in new[] { indicator.Baseline, indicator.Target, indicator.TargetHigh }) if (v is { } n) values.Add(n);
        var (y0, y1) = (Math.Min(0, values.Min()), values.Max());
        if (indicator.Unit == "%") y1 = Math.Max(y1, Math.Min(100, y1 * 1.1));
        if (y1 - y0 < 1e-9) y1 = y0 + 1;
        var highest = y1;
        y1 += (y1 - y0) * 0.08;
        if (indicator.Unit == "%" && highest <= 100) y1 = Math.Min(y1, 100); // a percentage axis never passes 100

        double X(double day) => Left + (day - x0) / (x1 - x0) * (Width - Left - Right);
        double Y(double value) => Height - Bottom - (value - y0) / (y1 - y0) * (Height - Top - Bottom);
        string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);
        string N(double? d) => StatusReader.FormatNumber(d, language);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"grafiek\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{E(ReportText.ChartLabel(indicator.Title).Get(language))}\">");
        // Axes and five value ticks.
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"as\" x1=\"{F(Left)}\" y1=\"{F(Top)}\" x2=\"{F(Left)}\" y2=\"{F(Height - Bottom)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"as\" x1=\"{F(Left)}\" y1=\"{F(Height - Bottom)}\" x2=\"{F(Width - Right)}\" y2=\"{F(Height - Bottom)}\"/>");
        for (var i = 0; i <= 4; i++)
        {
            var v = y0 + (y1 - y0) * i / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"raster\" x1=\"{F(Left)}\" y1=\"{F(Y(v))}\" x2=\"{F(Width - Right)}\" y2=\"{F(Y(v))}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"as-label\" x=\"{F(Left - 6)}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\">{E(N(v))}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"as-label\" x=\"{F(Left)}\" y=\"{F(Height - 10)}\">{E(Date(x0))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"as-label\" x=\"{F(Width - Right)}\" y=\"{F(Height - 10)}\" text-anchor=\"end\">{E(Date(x1))}</text>");

        if (indicator.Baseline is { } baseline)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"nulmeting\" x1=\"{F(Left)}\" y1=\"{F(Y(baseline))}\" x2=\"{F(Width - Right)}\" y2=\"{F(Y(baseline))}\"><title>{E(ReportText.Baseline.Get(language))} {E(N(baseline))}</title></line>");
        }
        if (indicator.Target is { } target)
        {
            var label = $"{ReportText.Target.Get(language)}: {indicator.TargetTextIn(language)}";
            if (indicator.TargetHigh is { } high)
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"streefband\" x=\"{F(Left)}\" y=\"{F(Y(high))}\" width=\"{F(Width - Right - Left)}\" height=\"{F(Math.Max(1, Y(target) - Y(high)))}\"><title>{E(label)}</title></rect>");
            else
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"streefwaarde\" x1=\"{F(Left)}\" y1=\"{F(Y(target))}\" x2=\"{F(Width - Right)}\" y2=\"{F(Y(target))}\"><title>{E(label)}</title></line>");
            if (indicator.Deadline is { } deadline)
            {
                var (cx, cy) = (X(Day(deadline)), Y(target));
                svg.Append(CultureInfo.InvariantCulture, $"<path class=\"deadline\" d=\"M{F(cx)} {F(cy - 6)} L{F(cx + 6)} {F(cy)} L{F(cx)} {F(cy + 6)} L{F(cx - 6)} {F(cy)} Z\"><title>{E(label)} ({E(ReportText.Deadline.Get(language))} {E(deadline)})</title></path>");
            }
        }
        if (points.Count > 0)
        {
            svg.Append("<polyline class=\"metingen\" points=\"");
            svg.AppendJoin(' ', points.Select(p => $"{F(X(Day(p.PeriodEnd)))},{F(Y(p.Value))}"));
            svg.Append("\"/>");
            foreach (var p in points)
            {
                var note = p.Provisional ? $" ({ReportText.Provisional.Get(language)})" : "";
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"meting{(p.Provisional ? " voorlopig" : "")}\" cx=\"{F(X(Day(p.PeriodEnd)))}\" cy=\"{F(Y(p.Value))}\" r=\"4\"><title>{E(p.PeriodStart)} – {E(p.PeriodEnd)}: {E(N(p.Value))}{E(note)}</title></circle>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static double Day(string isoDate) =>
        DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;

    private static string Date(double day) => DateOnly.FromDayNumber((int)Math.Round(day)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
