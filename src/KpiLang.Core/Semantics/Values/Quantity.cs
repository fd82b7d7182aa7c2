using System.Globalization;

namespace KpiLang.Semantics;

/// <summary>A number with its unit: 95 %, 10 overleggen, € 4000000, 14 dagen.</summary>
public sealed record Quantity(decimal Value, Unit Unit)
{
    public override string ToString()
    {
        var number = Value.ToString("0.####", CultureInfo.InvariantCulture);
        return Unit.Kind switch
        {
            UnitKind.Percent => $"{number} %",
            UnitKind.Euro => $"€ {number}",
            _ when Unit.Name.Length > 0 => $"{number} {Unit.Name}",
            _ => number,
        };
    }
}
