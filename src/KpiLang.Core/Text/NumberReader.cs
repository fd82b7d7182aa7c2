using System.Globalization;

namespace KpiLang.Text;

/// <summary>
/// Reads a number the way it is written in one <see cref="NumberNotation"/>, and refuses what cannot be read without
/// guessing. In Dutch a point groups thousands only in groups of exactly three after a first group of one to three
/// digits that does not start with 0 ("2.900" is 2900, "1.234.567,8" is 1234567.8); any other point ("7.5", "12.50",
/// "0.750") is refused with the spelling the writer most likely meant ("7,5"). So a value is never stored different
/// from what the user meant: it is read exactly, or not at all.
/// </summary>
public static class NumberReader
{
    public static NumberReading Read(string text, NumberNotation notation, bool allowSign = false)
    {
        var (decimalSign, groupSign) = notation == NumberNotation.Dutch ? (',', '.') : ('.', ',');
        var body = text;
        var negative = false;
        if (allowSign && body.Length > 1 && body[0] is '-' or '+')
        {
            negative = body[0] == '-';
            body = body[1..];
        }
        if (body.Length == 0 || !IsDigit(body[0]) || !IsDigit(body[^1])) return NumberReading.Refused(NumberProblem.NotANumber);
        foreach (var c in body)
            if (!IsDigit(c) && c != decimalSign && c != groupSign) return NumberReading.Refused(NumberProblem.NotANumber);

        var decimalAt = body.IndexOf(decimalSign);
        if (decimalAt >= 0 && body.IndexOf(decimalSign, decimalAt + 1) >= 0)
            return NumberReading.Refused(NumberProblem.MixedSigns);
        var integerPart = decimalAt < 0 ? body : body[..decimalAt];
        var fraction = decimalAt < 0 ? "" : body[(decimalAt + 1)..];
        if (fraction.Contains(groupSign))
            // "1,234.5" in Dutch: written in the other notation; swapping the signs gives what was meant.
            return NumberReading.Refused(NumberProblem.MixedSigns, SwapSigns(body, decimalSign, groupSign));

        var groups = integerPart.Split(groupSign);
        if (groups.Any(g => g.Length == 0)) return NumberReading.Refused(NumberProblem.NotANumber);
        if (groups.Length > 1 && !IsThousandsGrouping(groups))
        {
            // One grouping sign that cannot group thousands, and no decimal sign: the other notation's decimal sign.
            return groups.Length == 2 && decimalAt < 0
                ? NumberReading.Refused(NumberProblem.WrongDecimalSign, $"{groups[0]}{decimalSign}{groups[1]}")
                : NumberReading.Refused(NumberProblem.BadGrouping);
        }

        var digits = string.Concat(groups) + (fraction.Length > 0 ? "." + fraction : "");
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return NumberReading.Refused(NumberProblem.NotANumber);
        return NumberReading.Of(negative ? -value : value);
    }

    /// <summary>True when the text has a grouping sign of <paramref name="notation"/> that groups thousands ("2.900" in Dutch).</summary>
    public static bool HasThousandsGrouping(string text, NumberNotation notation) =>
        text.Contains(notation == NumberNotation.Dutch ? '.' : ',') && Read(text, notation, allowSign: true).IsValid;

    private static bool IsThousandsGrouping(string[] groups) =>
        groups[0].Length <= 3 && groups[0][0] != '0' && groups.Skip(1).All(g => g.Length == 3);

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static string SwapSigns(string text, char decimalSign, char groupSign) =>
        string.Concat(text.Select(c => c == decimalSign ? groupSign : c == groupSign ? decimalSign : c));
}
