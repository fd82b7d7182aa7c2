using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiLang.Diagnostics;

/// <summary>
/// Numbers as people read them: a decimal comma in Dutch (nl-NL), a point in English. The one place that knows
/// this, so status, report and hover agree. Specifications and the database keep numbers with a point (invariant),
/// so that SQL and tools read them the same everywhere; only what a person reads is localized.
/// </summary>
public static partial class NumberText
{
    // The SDK runs with invariant globalization, so nl-NL culture data is not available; these are its number rules.
    private static readonly NumberFormatInfo Dutch = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = ".",
        CurrencyDecimalSeparator = ",",
        CurrencyGroupSeparator = ".",
    });

    public static NumberFormatInfo For(Language language) => language == Language.En ? NumberFormatInfo.InvariantInfo : Dutch;

    // Dutch style (Taalunie): numbers of five digits or more are grouped (10.000), four-digit ones are not (2900), so
    // years never read as 2.025.
    public static string Format(double value, Language language) =>
        value.ToString(Math.Abs(value) >= 10_000 ? "#,0.##" : "0.##", For(language));

    public static string Format(decimal value, Language language) =>
        value.ToString(Math.Abs(value) >= 10_000 ? "#,0.####" : "0.####", For(language));

    /// <summary>
    /// Text written with invariant numbers ("minimaal 7.5 per jaar") in the reader's language ("minimaal 7,5 per jaar").
    /// Quoted names (a benchmark "CBS 2.0") are left as written.
    /// </summary>
    public static string Localize(string invariantText, Language language) =>
        NumberOrQuoted().Replace(invariantText, m => IsPlainNumber(m.Value)
            && decimal.TryParse(m.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                ? Format(number, language) : m.Value);

    // Quoted text and digits with a leading zero ("01") are kept as written.
    private static bool IsPlainNumber(string text) =>
        !text.StartsWith('"') && (text[0] != '0' || text.Length == 1 || text[1] == '.');

    // A number not part of a date (2024-01-01) or a name; quoted text is matched whole so it is left as written.
    [GeneratedRegex(@"""[^""]*""|(?<![\w.,-])\d+(?:\.\d+)?(?![\w-])")]
    private static partial Regex NumberOrQuoted();
}
