using System.Globalization;
using KpiLang.Diagnostics;

namespace KpiLang.Semantics;

/// <summary>
/// A number with its unit: 95 %, 10 overleggen, € 4.000.000, 14 dagen. <see cref="Written"/> keeps the number as the
/// user wrote it ("2.900", "7,5"), so messages echo it unchanged; <see cref="ToString"/> is the invariant form the
/// database stores.
/// </summary>
public sealed record Quantity(decimal Value, Unit Unit, string? Written = null) : ILocalizedArgument
{
    public override string ToString() => WithUnit(Value.ToString("0.####", CultureInfo.InvariantCulture));

    /// <summary>The quantity for a reader: the number as written, or else in the reader's notation.</summary>
    public string Display(Language language = Language.Nl) =>
        WithUnit(Written is not null && language == Language.Nl ? Written : NumberText.Format(Value, language));

    string ILocalizedArgument.Get(Language language) => Display(language);

    private string WithUnit(string number) => Unit.Kind switch
    {
        UnitKind.Percent => $"{number} %",
        UnitKind.Euro => $"€ {number}",
        _ when Unit.Name.Length > 0 => $"{number} {Unit.Name}",
        _ => number,
    };
}
