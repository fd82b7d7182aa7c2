using KpiLang.Diagnostics;
using KpiLang.Schema.Reading;

namespace KpiLang.Cli.Output;

/// <summary>
/// Prints indicator statuses as aligned plain-text tables, one per goal, with a count per status at the end. Titles
/// and texts come from the user's files and CSVs, so every cell passes through <see cref="TerminalText"/>.
/// </summary>
internal static class StatusTable
{
    public static void Write(IReadOnlyList<GoalSection> sections, TextWriter writer, Language language)
    {
        var header = new[] { StatusText.Status, StatusText.Indicator, StatusText.Latest, StatusText.Baseline, StatusText.Target }
            .Select(t => t.Get(language)).ToArray();
        foreach (var section in sections)
        {
            writer.WriteLine($"{StatusText.Goal.Get(language)}: {TerminalText.Safe(section.Title)}");
            var rows = section.Indicators.Select(i => Row(i, language)).ToList();
            var widths = Enumerable.Range(0, header.Length).Select(c => rows.Select(r => r[c].Length).Append(header[c].Length).Max()).ToArray();
            writer.WriteLine("  " + string.Join("  ", header.Select((h, c) => h.PadRight(widths[c]))).TrimEnd());
            foreach (var (row, indicator) in rows.Zip(section.Indicators))
            {
                writer.WriteLine("  " + string.Join("  ", row.Select((v, c) => v.PadRight(widths[c]))).TrimEnd());
                foreach (var line in Details(indicator, language)) writer.WriteLine("      " + TerminalText.Safe(line));
            }
            writer.WriteLine();
        }
        var all = sections.SelectMany(s => s.Indicators).ToList();
        writer.WriteLine(string.Join(", ", Enum.GetValues<IndicatorState>()
            .Select(state => $"{all.Count(i => i.State == state)} {state.Label().Get(language)}")) + ".");
    }

    /// <summary>How much of a qualitative text fits in the table: enough to recognise it; the report has it whole.</summary>
    private const int TextWidth = 50;

    private static string[] Row(IndicatorStatus i, Language language)
    {
        var latest = i.LatestValue is not null
            ? $"{i.WithUnit(i.LatestValue, language)} ({StatusText.Until.Get(language)} {i.LatestPeriodEnd})"
            : i.LatestText is { } told ? Told(told, language) : "—";
        var baseline = i.WithUnit(i.Baseline, language);
        var target = i.TargetTextIn(language) is not { } text ? "—" : i.Deadline is null ? text : $"{text} ({StatusText.Due.Get(language)} {i.Deadline})";
        var key = i.Code is null ? i.Key : $"{i.Key} [{i.Code}]";
        return [.. new[] { $"{i.State.Marker()} {i.State.Label().Get(language)}", key, latest, baseline, target }.Select(cell => TerminalText.Safe(cell))];
    }

    /// <summary>Under an indicator: each group's target and latest value, and the forecasts (which are not targets).</summary>
    private static IEnumerable<string> Details(IndicatorStatus i, Language language)
    {
        foreach (var g in i.Groups)
        {
            var latest = g.LatestValue is null ? "—" : $"{i.WithUnit(g.LatestValue, language)} ({StatusText.Until.Get(language)} {g.LatestPeriodEnd})";
            yield return $"↳ {g.Group}: {GroupTargetState.Marker(g.State)} {GroupTargetState.Label(g.State).Get(language)}, {latest}; {StatusText.Target.Get(language)} "
                + NumberText.Localize(g.TargetText, language);
        }
        if (i.Forecasts.Count > 0)
            yield return StatusText.Forecast.Get(language) + ": "
                + string.Join(", ", i.Forecasts.Select(f => $"{f.When} {QuantityText.Format(f.Value, f.Unit ?? i.Unit, language)}"));
    }

    /// <summary>"Inwoners ervaren meer samenhang…" (Noord +2, t/m 2025-06-30): the text, shortened to one line, and whose it is.</summary>
    private static string Told(LatestText told, Language language)
    {
        var whose = told.Breakdown.Length == 0 ? "" : told.Breakdown + (told.Count > 1 ? $" +{told.Count - 1}" : "") + ", ";
        return $"\"{Shorten(told.Text)}\" ({whose}{StatusText.Until.Get(language)} {told.PeriodEnd})";
    }

    private static string Shorten(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= TextWidth) return oneLine;
        var cut = oneLine.LastIndexOf(' ', TextWidth - 1);
        return oneLine[..(cut > TextWidth / 2 ? cut : TextWidth - 1)] + "…";
    }
}
