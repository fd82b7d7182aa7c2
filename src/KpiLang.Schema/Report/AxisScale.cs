namespace KpiLang.Schema.Report;

/// <summary>
/// The value axis of a chart: from a round number to a round number in round steps (1, 2 or 5 times a power of ten),
/// so a reader sees 0, 2, 4, 6, 8, 10 and never 0 to 8,1. A score runs over its whole scale from 0 (a score 1..10:
/// 0 to 10), and a percentage axis stops at 100.
/// </summary>
internal readonly record struct AxisScale(double Low, double High, double Step)
{
    /// <summary>About this many steps between the lowest and the highest tick.</summary>
    private const int Steps = 5;

    public IEnumerable<double> Ticks
    {
        get
        {
            var count = (int)Math.Round((High - Low) / Step);
            for (var i = 0; i <= count; i++) yield return Low + i * Step; // multiplied, not summed: no drift (0,30000000000000004)
        }
    }

    public static AxisScale For(string? kind, double? scaleMin, double? scaleMax, string? unit, IReadOnlyCollection<double> values)
    {
        var low = Math.Min(0, values.Min());
        var high = values.Max();
        if (kind == "score" && scaleMin is { } min && scaleMax is { } max) (low, high) = (Math.Min(low, Math.Min(0, min)), Math.Max(high, max));
        if (high - low < 1e-9) high = low + 1;
        var step = Round((high - low) / Steps);
        low = Math.Floor(low / step) * step;
        high = Math.Ceiling(high / step - 1e-9) * step;
        // Steps of 1, 2 and 5 times a power of ten divide 100, so a percentage up to 100 never gets an axis past it.
        if ((kind == "percentage" || unit == "%") && values.Max() <= 100) high = Math.Min(high, 100);
        return new AxisScale(low, high, step);
    }

    private static double Round(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }
}
