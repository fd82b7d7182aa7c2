using System.Net;
using KpiLang.Diagnostics;
using KpiLang.Schema.Reading;
using System.Data.Common;

namespace KpiLang.Schema.Report;

/// <summary>
/// One self-contained HTML page (inline CSS and SVG, nothing fetched from a network): per goal, per indicator its
/// status and a chart of its measurements against baseline and target, one point per reporting period and group
/// (<see cref="PeriodPoints"/>); from <see cref="OverviewFrom"/> indicators on, an overview table per goal.
/// </summary>
public static class HtmlReport
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; color: #1b1b1b; padding: 0 1rem; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; margin-bottom: .2rem; } .sleutel { color: #666; font-size: .85rem; font-weight: normal; }
        article { margin: 1rem 0 1.5rem; } .status { margin: .2rem 0 .4rem; }
        .op-koers { color: #1a7f37; } .achter { color: #b42318; } .geen-data, .geen-streefwaarde { color: #666; }
        svg.grafiek { width: 100%; max-width: 640px; height: auto; background: #fafafa; border: 1px solid #e3e3e3; }
        .as { stroke: #888; } .raster { stroke: #eee; } .as-label { font-size: 11px; fill: #555; }
        .nulmeting { stroke: #888; stroke-dasharray: 6 4; stroke-width: 1.5; }
        .streefwaarde { stroke: #1a7f37; stroke-width: 2; } .streefband { fill: #1a7f37; fill-opacity: .15; }
        .deadline { fill: #1a7f37; } .metingen { fill: none; stroke: #1f5fbf; stroke-width: 2; }
        .meting { stroke-width: 2; } .verteld { color: #6b3fa0; } .as-eenheid { font-size: 11px; fill: #555; font-style: italic; }
        ul.legenda { list-style: none; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .2rem 1rem; font-size: .85rem; color: #444; }
        ul.legenda svg { vertical-align: middle; }
        table.teksten { border-collapse: collapse; margin: .4rem 0; font-size: .95rem; }
        table.teksten th, table.teksten td { text-align: left; vertical-align: top; padding: .2rem .6rem .2rem 0; border-bottom: 1px solid #eee; }
        ul.opmerkingen { font-size: .9rem; color: #333; margin: .3rem 0; }
        .code { color: #444; font-size: .8rem; font-weight: normal; border: 1px solid #ccc; border-radius: 3px; padding: 0 .3rem; }
        table.groepen { border-collapse: collapse; margin: .4rem 0; font-size: .95rem; }
        table.groepen th, table.groepen td { text-align: left; padding: .2rem .8rem .2rem 0; border-bottom: 1px solid #eee; }
        .raming { color: #555; font-size: .9rem; }
        """;

    /// <summary>
    /// From this many indicators on, the page shows per goal one overview table (status and a small trend line per
    /// indicator) instead of a chart per indicator: 4,000 charts would make a page of tens of megabytes that no one
    /// scrolls through, while the table stays a few megabytes (docs/performance.md, "Rapport").
    /// </summary>
    public const int OverviewFrom = 500;

    /// <summary>Texts and remarks shown per indicator: the latest ones, with a line saying how many earlier ones there are.</summary>
    public const int LatestShown = 10;

    /// <summary>Writes the page; returns the number of charts (indicators with at least one numeric measurement).</summary>
    public static int Write(DbConnection connection, TextWriter writer, Language language, string compilerVersion)
    {
        var sections = StatusReader.ReadSections(connection, ReportText.WithoutGoal.Get(language));
        var points = PeriodPoints.Read(connection);
        var builtOn = StatusReader.ReadMetadata(connection, "gebouwd_op") ?? "?";
        var title = ReportText.TitleOf(StatusReader.ReadOrganisations(connection)).Get(language);
        var indicators = sections.Sum(s => s.Indicators.Count);
        var overview = indicators >= OverviewFrom;
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine($"<html lang=\"{(language == Language.En ? "en" : "nl")}\">");
        writer.WriteLine($"<head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{E(title)}</title><style>{Style}{OverviewTable.Style}</style></head>");
        writer.WriteLine("<body>");
        writer.WriteLine($"<h1>{E(title)}</h1>");
        writer.WriteLine($"<p>{E(ReportText.BuiltOn(builtOn, compilerVersion, overview).Get(language))}</p>");
        if (overview) writer.WriteLine($"<p class=\"overzicht-uitleg\">{E(ReportText.Overview(indicators).Get(language))}</p>");
        var charts = 0;
        foreach (var section in sections)
        {
            writer.WriteLine($"<section><h2>{E(ReportText.Goal.Get(language))}: {E(section.Title)}</h2>");
            if (overview) charts += OverviewTable.Write(section, points, writer, language);
            else foreach (var indicator in section.Indicators) charts += WriteArticle(connection, indicator, points.GetValueOrDefault(indicator.Id) ?? [], writer, language);
            writer.WriteLine("</section>");
        }
        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
        return charts;
    }

    /// <summary>One indicator with its chart, legend, texts and remarks; 1 when it has a chart.</summary>
    private static int WriteArticle(DbConnection connection, IndicatorStatus indicator, List<PeriodPoint> points, TextWriter writer, Language language)
    {
        var stateClass = indicator.State.Label().Nl.Replace(' ', '-');
        writer.WriteLine($"<article id=\"{E("indicator-" + indicator.Key)}\" data-indicator=\"{E(indicator.Key)}\">");
        var code = indicator.Code is null ? "" : $" <span class=\"code\">{E(indicator.Code)}</span>";
        writer.WriteLine($"<h3>{E(indicator.Title)} <span class=\"sleutel\">{E(indicator.Key)}</span>{code}</h3>");
        writer.WriteLine($"<p class=\"status {stateClass}\">{E(indicator.State.Marker())} {E(indicator.State.Label().Get(language))}{E(Summary(indicator, language))}</p>");
        var series = ChartSeries.From(points, ReportText.Total.Get(language));
        if (series.Count > 0)
        {
            writer.WriteLine(SvgChart.Render(indicator, series, language));
            writer.WriteLine(ChartLegend.Render(indicator, series, language));
        }
        WriteGroupTargets(indicator, writer, language);
        WriteForecasts(indicator, writer, language);
        var texts = StatusReader.ReadTexts(connection, indicator.Id, LatestShown);
        if (texts.Total > 0) WriteTexts(texts.Rows, texts.Total, writer, language);
        var remarks = StatusReader.ReadRemarks(connection, indicator.Id, LatestShown);
        WriteRemarks(remarks.Rows, remarks.Total, writer, language);
        if (points.Count == 0 && texts.Total == 0)
            writer.WriteLine($"<p class=\"geen-metingen\">{E(ReportText.NoMeasurements.Get(language))}</p>");
        writer.WriteLine("</article>");
        return series.Count > 0 ? 1 : 0;
    }

    /// <summary>A qualitative indicator's latest texts, one row per period and breakdown group, with status and remark.</summary>
    private static void WriteTexts(IReadOnlyList<MeasurementRow> texts, int total, TextWriter writer, Language language)
    {
        var remarks = texts.Any(t => t.Comment is not null);
        writer.WriteLine($"<table class=\"teksten\"><caption>{E(ReportText.Texts.Get(language))}</caption><thead><tr><th>{E(ReportText.Period.Get(language))}</th>"
            + $"<th>{E(ReportText.Breakdown.Get(language))}</th><th>{E(ReportText.Text.Get(language))}</th><th>{E(ReportText.Status.Get(language))}</th>"
            + (remarks ? $"<th>{E(ReportText.Remark.Get(language))}</th>" : "") + "</tr></thead><tbody>");
        if (total > texts.Count) writer.WriteLine($"<tr class=\"eerdere\"><td colspan=\"{(remarks ? 5 : 4)}\">{E(ReportText.EarlierOnes(total - texts.Count).Get(language))}</td></tr>");
        foreach (var t in texts)
            writer.WriteLine($"<tr><td>{E(t.PeriodStart)} – {E(t.PeriodEnd)}</td><td>{E(t.Breakdown.Length == 0 ? ReportText.Total.Get(language) : t.Breakdown)}</td>"
                + $"<td>{E(t.Text ?? "")}</td><td>{E(Status(t, language))}</td>" + (remarks ? $"<td>{E(t.Comment ?? "")}</td>" : "") + "</tr>");
        writer.WriteLine("</tbody></table>");
    }

    /// <summary>What was said with the numbers (the remark and any explaining text), per measurement, the latest ones.</summary>
    private static void WriteRemarks(IReadOnlyList<MeasurementRow> rows, int total, TextWriter writer, Language language)
    {
        if (rows.Count == 0) return;
        writer.WriteLine($"<p class=\"opmerkingen-kop\">{E(ReportText.Remarks.Get(language))}</p><ul class=\"opmerkingen\">");
        if (total > rows.Count) writer.WriteLine($"<li class=\"eerdere\">{E(ReportText.EarlierOnes(total - rows.Count).Get(language))}</li>");
        foreach (var r in rows)
        {
            var what = string.Join(" — ", new[] { r.Text, r.Comment }.OfType<string>());
            var group = r.Breakdown.Length == 0 ? "" : $" {r.Breakdown}";
            writer.WriteLine($"<li>{E(r.PeriodEnd)}{E(group)}: {E(what)}</li>");
        }
        writer.WriteLine("</ul>");
    }

    private static string Status(MeasurementRow row, Language language) =>
        (row.Provisional ? ReportText.Provisional : ReportText.Final).Get(language);

    /// <summary>Each group's own target, its latest value and whether it is met (view groep_status).</summary>
    private static void WriteGroupTargets(IndicatorStatus i, TextWriter writer, Language language)
    {
        if (i.Groups.Count == 0) return;
        writer.WriteLine($"<table class=\"groepen\"><tr><th>{E(ReportText.Breakdown.Get(language))}</th><th>{E(ReportText.Target.Get(language))}</th>"
            + $"<th>{E(ReportText.Latest.Get(language))}</th><th>{E(ReportText.Status.Get(language))}</th></tr>");
        foreach (var g in i.Groups)
            writer.WriteLine($"<tr><td>{E(g.Group)}</td><td>{E(NumberText.Localize(g.TargetText, language))}</td>"
                + $"<td>{E(g.LatestValue is null ? "—" : $"{i.WithUnit(g.LatestValue, language)} ({g.LatestPeriodEnd})")}</td>"
                + $"<td>{E(GroupTargetState.Label(g.State).Get(language))}</td></tr>");
        writer.WriteLine("</table>");
    }

    /// <summary>Forecasts beside the chart, marked as such: a raming is not a target and nothing is judged against it.</summary>
    private static void WriteForecasts(IndicatorStatus i, TextWriter writer, Language language)
    {
        if (i.Forecasts.Count == 0) return;
        writer.WriteLine($"<p class=\"raming\">{E(ReportText.Forecasts.Get(language))}: "
            + E(string.Join(", ", i.Forecasts.Select(f => $"{f.When} {QuantityText.Format(f.Value, f.Unit ?? i.Unit, language)}"))) + "</p>");
    }

    internal static string Summary(IndicatorStatus i, Language language)
    {
        var parts = new List<string>();
        if (i.LatestValue is not null) parts.Add($"{ReportText.Latest.Get(language)} {i.WithUnit(i.LatestValue, language)} ({i.LatestPeriodEnd})");
        else if (i.LatestText is { } told) parts.Add($"{ReportText.Latest.Get(language)} {told.PeriodEnd}");
        if (i.Baseline is not null) parts.Add($"{ReportText.Baseline.Get(language)} {i.WithUnit(i.Baseline, language)}");
        if (i.TargetTextIn(language) is { } target) parts.Add($"{ReportText.Target.Get(language)} {target}");
        return parts.Count == 0 ? "" : " — " + string.Join("; ", parts);
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
