namespace KpiLang.Semantics;

/// <summary>A calendar period used in rates ("per jaar"), windows ("over 4 jaar") and frequencies.</summary>
public enum Period
{
    Dag,
    Week,
    Maand,
    Kwartaal,
    Halfjaar,
    Jaar,
}

public static class PeriodExtensions
{
    public static decimal PerYear(this Period period) => period switch
    {
        Period.Dag => 365m,
        Period.Week => 52m,
        Period.Maand => 12m,
        Period.Kwartaal => 4m,
        Period.Halfjaar => 2m,
        _ => 1m,
    };

    /// <summary>Adds a number of periods to a date; used to compute when a measurement or review is next due.</summary>
    public static DateOnly AddTo(this Period period, DateOnly date, int count) => period switch
    {
        Period.Dag => date.AddDays(count),
        Period.Week => date.AddDays(7 * count),
        Period.Maand => date.AddMonths(count),
        Period.Kwartaal => date.AddMonths(3 * count),
        Period.Halfjaar => date.AddMonths(6 * count),
        _ => date.AddYears(count),
    };
}
