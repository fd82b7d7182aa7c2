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

    public static string Format(double value, Language language) => value.ToString("0.##", For(language));

    public static string Format(decimal value, Language language) => value.ToString("0.####", For(language));

    /// <summary>
    /// Text written with invariant numbers ("minimaal 7.5 per jaar") in the reader's language ("minimaal 7,5 per jaar").
    /// Quoted names (a benchmark "CBS 2.0") are left as written.
    /// </summary>
    public static string Localize(string invariantText, Language language)
    {
        var separator = For(language).NumberDecimalSeparator;
        return separator == "." ? invariantText
            : DecimalPointOrQuoted().Replace(invariantText, m => m.Value.StartsWith('"') ? m.Value : separator);
    }

    [GeneratedRegex(@"""[^""]*""|(?<=\d)\.(?=\d)")]
    private static partial Regex DecimalPointOrQuoted();
}
