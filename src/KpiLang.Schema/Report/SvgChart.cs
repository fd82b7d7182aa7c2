using System.Globalization;
using System.Net;
using System.Text;
using KpiLang.Diagnostics;
using KpiLang.Schema.Reading;

namespace KpiLang.Schema.Report;

/// <summary>
/// An inline SVG line chart of one indicator over time: one line with points per breakdown group (filled when
/// definitief, hollow when voorlopig), the baseline as a dashed grey line, the target as a green line (a band for
/// "tussen") ending in a diamond at its deadline. The value axis has round ticks (<see cref="AxisScale"/>); every
/// value carries its unit, on the axis or in a caption above it.
/// </summary>
internal static class SvgChart
{
    private const double Width = 640, Height = 240, Left = 64, Right = 16, Top = 24, Bottom = 32;

    public static string Render(IndicatorStatus indicator, IReadOnlyList<ChartSeries> series, Language language)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        var dates = points.Select(p => Day(p.PeriodEnd)).ToList();
        if (indicator.BaselineDate is { } bd) dates.Add(Day(bd));
        if (indicator.Deadline is { } dl) dates.Add(Day(dl));
        var (x0, x1) = (dates.Min(), dates.Max());
        if (x1 - x0 < 30) (x0, x1) = (x0 - 30, x1 + 30);

        var values = points.Select(p => p.Value).ToList();
        foreach (var v in new[] { indicator.Baseline, indicator.Target, indicator.TargetHigh }) if (v is { } n) values.Add(n);
        var axis = AxisScale.For(indicator.Kind, indicator.ScaleMin, indicator.ScaleMax, indicator.Unit, values);

        double X(double day) => Left + (day - x0) / (x1 - x0) * (Width - Left - Right);
        double Y(double value) => Height - Bottom - (value - axis.Low) / (axis.High - axis.Low) * (Height - Top - Bottom);
        string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);
        string N(double? d) => indicator.WithUnit(d, language);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"grafiek\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{E(ReportText.ChartLabel(indicator.Title).Get(language))}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"as\" x1=\"{F(Left)}\" y1=\"{F(Top)}\" x2=\"{F(Left)}\" y2=\"{F(Height - Bottom)}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"as\" x1=\"{F(Left)}\" y1=\"{F(Height - Bottom)}\" x2=\"{F(Width - Right)}\" y2=\"{F(Height - Bottom)}\"/>");
        foreach (var v in axis.Ticks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"raster\" x1=\"{F(Left)}\" y1=\"{F(Y(v))}\" x2=\"{F(Width - Right)}\" y2=\"{F(Y(v))}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"as-label\" x=\"{F(Left - 6)}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\">{E(QuantityText.FormatShort(v, indicator.Unit, language))}</text>");
        }
        if (indicator.Unit is { Length: > 0 } unit && !QuantityText.IsShort(unit))
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"as-eenheid\" x=\"{F(Left)}\" y=\"{F(Top - 10)}\">{E(unit)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"as-label\" x=\"{F(Left)}\" y=\"{F(Height - 10)}\">{E(Date(x0))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"as-label\" x=\"{F(Width - Right)}\" y=\"{F(Height - 10)}\" text-anchor=\"end\">{E(Date(x1))}</text>");

        if (indicator.Baseline is { } baseline)
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"nulmeting\" x1=\"{F(Left)}\" y1=\"{F(Y(baseline))}\" x2=\"{F(Width - Right)}\" y2=\"{F(Y(baseline))}\"><title>{E(ReportText.Baseline.Get(language))} {E(N(baseline))}</title></line>");
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
        foreach (var line in series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"metingen\" data-reeks=\"{E(line.Name)}\" style=\"stroke:{line.Colour}\" points=\"");
            svg.AppendJoin(' ', line.Points.Select(p => $"{F(X(Day(p.PeriodEnd)))},{F(Y(p.Value))}"));
            svg.Append("\"/>");
            foreach (var p in line.Points)
            {
                var note = (p.Count > 1 ? $" ({ReportText.AverageOf(p.Count).Get(language)})" : "")
                    + (p.Provisional ? $" ({ReportText.Provisional.Get(language)})" : "") + (p.Comment is { } c ? $" — {c}" : "");
                var fill = p.Provisional ? "#fff" : line.Colour;
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"meting{(p.Provisional ? " voorlopig" : "")}\" style=\"fill:{fill};stroke:{line.Colour}\" cx=\"{F(X(Day(p.PeriodEnd)))}\" cy=\"{F(Y(p.Value))}\" r=\"4\"><title>{E(line.Name)}, {E(p.PeriodStart)} – {E(p.PeriodEnd)}: {E(N(p.Value))}{E(note)}</title></circle>");
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
