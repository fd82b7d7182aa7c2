namespace KpiLang.Semantics;

/// <summary>
/// How often something happens, normalised to times per year so frequencies can be compared and due dates
/// computed. <see cref="TimesPerYear"/> is 0 for "eenmalig".
/// </summary>
public sealed record Frequency(decimal TimesPerYear, string Text)
{
    public bool IsOnce => TimesPerYear == 0;

    /// <summary>The interval between two occurrences, in whole days (at least one).</summary>
    public int IntervalDays => TimesPerYear <= 0 ? int.MaxValue : Math.Max(1, (int)Math.Round(365m / TimesPerYear));

    public override string ToString() => Text;
}
