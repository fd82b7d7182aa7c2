using System.Globalization;
using KpiLang.Diagnostics;

namespace KpiLang.Schema.Import;

/// <summary>Checks one CSV row against its indicator: kind, unit, range, period and breakdown.</summary>
internal sealed class MeasurementValidator(IReadOnlyDictionary<string, IndicatorProfile> indicators)
{
    public static readonly string[] Columns =
        ["indicator", "periode_begin", "periode_eind", "uitsplitsing", "waarde", "teller", "noemer", "tekst", "eenheid", "bron", "status", "ingevoerd_door"];

    public static readonly string[] RequiredColumns = ["indicator", "periode_begin", "periode_eind"];

    public Measurement? Validate(int line, IReadOnlyDictionary<string, string> row, List<ImportError> errors)
    {
        var before = errors.Count;
        void Error(LocalizedText message) => errors.Add(new ImportError(line, message));
        string Field(string column) => row.TryGetValue(column, out var v) ? v.Trim() : "";

        foreach (var column in RequiredColumns)
            if (Field(column).Length == 0) Error(ImportText.Required(column));
        if (errors.Count > before) return null;

        var name = Field("indicator");
        if (!indicators.TryGetValue(name, out var indicator)) { Error(ImportText.UnknownIndicator(name)); return null; }
        if (!indicator.Active) { Error(ImportText.ArchivedIndicator(name)); return null; }

        var start = Date("periode_begin", Field("periode_begin"), Error);
        var end = Date("periode_eind", Field("periode_eind"), Error);
        if (start is not null && end is not null && string.CompareOrdinal(start, end) > 0) Error(ImportText.PeriodReversed(start, end));

        var breakdown = Field("uitsplitsing");
        CheckBreakdown(indicator, breakdown, Error);
        CheckUnit(indicator, Field("eenheid"), Error);

        var status = Field("status").ToLowerInvariant() switch
        {
            "" or "definitief" or "final" => "definitief",
            "voorlopig" or "provisional" => "voorlopig",
            var other => null,
        };
        if (status is null) Error(ImportText.BadStatus(Field("status")));

        var (value, numerator, denominator, text) = ReadValue(indicator, Field("waarde"), Field("teller"), Field("noemer"), Field("tekst"), Error);
        if (errors.Count > before) return null;
        return new Measurement(line, indicator.Id, start!, end!, breakdown, value, numerator, denominator, text,
            NullIfEmpty(Field("bron")), status!, NullIfEmpty(Field("ingevoerd_door")));
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string? Date(string column, string value, Action<LocalizedText> error)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        error(ImportText.NotADate(column, value));
        return null;
    }

    private static void CheckBreakdown(IndicatorProfile indicator, string breakdown, Action<LocalizedText> error)
    {
        if (breakdown.Length == 0) return;
        if (indicator.Dimensions.Count == 0) { error(ImportText.NoBreakdown(indicator.Key, breakdown)); return; }
        // "wijk=Noord; leeftijd=12-18" names its dimensions; a bare "Noord" is a value of the declared one(s).
        foreach (var part in breakdown.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && !indicator.Dimensions.Contains(part[..equals].Trim()))
                error(ImportText.WrongDimension(part[..equals].Trim(), string.Join(", ", indicator.Dimensions.Order(StringComparer.Ordinal))));
        }
    }

    private static void CheckUnit(IndicatorProfile indicator, string unit, Action<LocalizedText> error)
    {
        if (unit.Length == 0) return;
        var expected = indicator.Unit ?? "";
        var same = string.Equals(unit, expected, StringComparison.OrdinalIgnoreCase)
            || (expected == "%" && unit.Equals("procent", StringComparison.OrdinalIgnoreCase))
            || (expected == "euro" && unit is "€" or "EUR" or "eur");
        if (!same) error(ImportText.WrongUnit(unit, expected.Length == 0 ? "-" : expected));
    }

    private static (double?, double?, double?, string?) ReadValue(IndicatorProfile indicator, string value, string numeratorText,
        string denominatorText, string text, Action<LocalizedText> error)
    {
        if (indicator.Kind == "kwalitatief")
        {
            if (numeratorText.Length > 0 || denominatorText.Length > 0 || (value.Length == 0 && text.Length == 0))
            {
                error(ImportText.QualitativeHasNoNumber(indicator.Key));
                return default;
            }
            return (null, null, null, text.Length > 0 ? text : value);
        }
        if (indicator.Kind == "ja/nee" && value.Length > 0)
        {
            double? yesNo = value.ToLowerInvariant() switch { "ja" or "yes" or "1" or "waar" or "true" => 1, "nee" or "no" or "0" or "onwaar" or "false" => 0, _ => null };
            if (yesNo is null) error(ImportText.NotYesNo(value));
            return (yesNo, null, null, NullIfEmpty(text));
        }

        var number = Number("waarde", value, error);
        var numerator = Number("teller", numeratorText, error);
        var denominator = Number("noemer", denominatorText, error);
        if (numeratorText.Length > 0 || denominatorText.Length > 0)
        {
            if (indicator.Kind != "percentage") { error(ImportText.FractionOnlyForPercentages); return default; }
            if (numerator is null || denominator is null) { error(ImportText.FractionIncomplete); return default; }
            if (denominator <= 0 || numerator < 0 || numerator > denominator) { error(ImportText.FractionInvalid); return default; }
            var computed = Math.Round(100 * numerator.Value / denominator.Value, 4);
            if (number is not null && Math.Abs(number.Value - computed) > 0.05)
            {
                error(ImportText.FractionMismatch(Show(number.Value), Show(computed)));
                return default;
            }
            number ??= computed;
        }
        if (number is null)
        {
            if (value.Length == 0 && numeratorText.Length == 0) error(ImportText.MissingValue(indicator.Key));
            return default;
        }
        CheckRange(indicator, number.Value, error);
        return (number, numerator, denominator, NullIfEmpty(text));
    }

    private static void CheckRange(IndicatorProfile indicator, double value, Action<LocalizedText> error)
    {
        switch (indicator.Kind)
        {
            case "percentage" when value is < 0 or > 100:
                error(ImportText.PercentageRange(Show(value)));
                break;
            case "score" when indicator.ScaleMin is { } low && indicator.ScaleMax is { } high && (value < low || value > high):
                error(ImportText.ScaleRange(Show(value), Show(low), Show(high)));
                break;
            case "aantal" or "duur" when value < 0:
                error(ImportText.Negative(Show(value), indicator.Kind));
                break;
        }
    }

    private static double? Number(string column, string text, Action<LocalizedText> error)
    {
        if (text.Length == 0) return null;
        // Dutch spreadsheets write a decimal comma; thousands separators are not accepted (ambiguous).
        var normalized = text.Replace(" ", "", StringComparison.Ordinal);
        if (!normalized.Contains('.', StringComparison.Ordinal)) normalized = normalized.Replace(',', '.');
        if (double.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number))
            return number;
        error(ImportText.NotANumber(column, text));
        return null;
    }

    private static string Show(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
