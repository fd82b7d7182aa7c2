using KpiLang.Compiler;
using KpiLang.Semantics;

namespace KpiLang.Schema.Build;

/// <summary>
/// An indicator's stable key in the database is its name. Independent specifications compiled into one database
/// must therefore not share an indicator name; this finds the names that clash.
/// </summary>
public static class IndicatorKeys
{
    public static IReadOnlyList<(IndicatorSymbol First, IndicatorSymbol Second)> FindDuplicates(Compilation compilation)
    {
        var seen = new Dictionary<string, IndicatorSymbol>(StringComparer.Ordinal);
        var clashes = new List<(IndicatorSymbol, IndicatorSymbol)>();
        foreach (var indicator in compilation.Indicators)
            if (!seen.TryAdd(indicator.Name, indicator)) clashes.Add((seen[indicator.Name], indicator));
        return clashes;
    }
}
