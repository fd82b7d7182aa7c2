namespace KpiLang.Diagnostics;

/// <summary>A count with the right form of its noun ("1 bestand", "3 bestanden"), so no message says "1 bestanden".</summary>
public static class Counted
{
    public static string Of(int count, string one, string many) =>
        $"{count.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";
}
