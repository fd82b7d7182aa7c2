using KpiLang.Diagnostics;

namespace KpiLang.Schema.Reading;

/// <summary>
/// A number with its unit, the one way status and report write a value: "64,3 %", "4 overleggen", "3150 euro",
/// or the bare number for a score. A dash when there is no value.
/// </summary>
public static class QuantityText
{
    public static string Format(double? value, string? unit, Language language)
    {
        if (value is not { } v) return "—";
        var number = NumberText.Format(v, language);
        return unit is { Length: > 0 } u ? $"{number} {u}" : number;
    }

    /// <summary>For a tight spot such as an axis label: only the short units ("20 %"); a word unit goes in a caption.</summary>
    public static string FormatShort(double value, string? unit, Language language) =>
        IsShort(unit) ? Format(value, unit, language) : NumberText.Format(value, language);

    /// <summary>True for a unit that fits after every number on an axis; a longer unit is named once beside the axis.</summary>
    public static bool IsShort(string? unit) => unit is "%" or "€";
}
