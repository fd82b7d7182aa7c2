namespace KpiLang.Schema.Reading;

/// <summary>
/// Which reporting period a measurement belongs to, from its end date and the indicator's frequency: for a
/// frequency that divides the year (jaarlijks, halfjaarlijks, driemaandelijks, tweemaandelijks, maandelijks) the
/// calendar period it ends in, so daily rows of a monthly indicator make one point per month; for any other
/// frequency the measurement's own period. Dates are handled as a compact day number that sorts like the ISO text
/// and converts back exactly (no calendar arithmetic needed).
/// </summary>
internal static class ReportingPeriod
{
    /// <summary>Months per period for a frequency that divides the year, else null (keep each measurement's own period).</summary>
    public static int? MonthsPer(double? timesPerYear) =>
        timesPerYear is 1 or 2 or 3 or 4 or 6 or 12 ? 12 / (int)timesPerYear.Value : null;

    /// <summary>The key of the period a measurement from <paramref name="start"/> to <paramref name="end"/> falls in.</summary>
    public static long Key(int? monthsPer, int start, int end) =>
        monthsPer is { } months ? Month(end) / months * months : ((long)start << 32) | (uint)end;

    /// <summary>yyyy-MM-dd (UTF-8) as (year - 1) * 372 + (month - 1) * 31 + day - 1.</summary>
    public static int Day(ReadOnlySpan<byte> iso) =>
        (Digits(iso[..4]) - 1) * 372 + (Digits(iso.Slice(5, 2)) - 1) * 31 + Digits(iso.Slice(8, 2)) - 1;

    /// <summary>The month of a day number, counted from year 1.</summary>
    public static int Month(int day) => day / 31;

    public static string Text(int day) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{day / 372 + 1:0000}-{day % 372 / 31 + 1:00}-{day % 31 + 1:00}");

    private static int Digits(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var d in digits) value = value * 10 + (d - '0');
        return value;
    }
}
