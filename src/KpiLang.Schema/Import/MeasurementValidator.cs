using System.Globalization;
using KpiLang.Diagnostics;

namespace KpiLang.Schema.Import;

/// <summary>
/// One CSV row seen through its header: the value of a column, trimmed, or "" when the file has no such column.
/// <paramref name="columns"/> maps each of <see cref="MeasurementValidator.Columns"/> to its field index, or -1.
/// </summary>
internal readonly struct CsvRow(List<string> fields, int[] columns)
{
    public string this[int column] => columns[column] is var at and >= 0 ? fields[at].Trim() : "";
}

/// <summary>Checks one CSV row against its indicator: kind, unit, range, period and breakdown.</summary>
internal sealed class MeasurementValidator(IReadOnlyDictionary<string, IndicatorProfile> indicators, List<ImportError> errors)
{
    public static readonly string[] Columns =
        ["indicator", "periode_begin", "periode_eind", "uitsplitsing", "waarde", "teller", "noemer", "tekst", "eenheid", "bron", "status", "ingevoerd_door"];

    // Positions in Columns.
    private const int IndicatorColumn = 0, StartColumn = 1, EndColumn = 2, BreakdownColumn = 3, ValueColumn = 4, NumeratorColumn = 5,
        DenominatorColumn = 6, TextColumn = 7, UnitColumn = 8, SourceColumn = 9, StatusColumn = 10, EnteredByColumn = 11;

    public static readonly string[] RequiredColumns = ["indicator", "periode_begin", "periode_eind"];
    private static readonly int[] RequiredColumnIndices = [IndicatorColumn, StartColumn, EndColumn];

    // A file names few distinct days; parsing each once saves most of the date work on a large import.
    private const int DateCacheLimit = 100_000;
    private readonly Dictionary<string, string> validDates = new(StringComparer.Ordinal);

    private int line;

    /// <summary>Maps each of <see cref="Columns"/> to its index in <paramref name="header"/> (trimmed, lower case), or -1.</summary>
    public static int[] ColumnIndices(IReadOnlyList<string> header)
    {
        var indices = new int[Columns.Length];
        for (var c = 0; c < Columns.Length; c++)
        {
            indices[c] = -1;
            for (var h = 0; h < header.Count; h++)
                if (header[h] == Columns[c]) { indices[c] = h; break; }
        }
        return indices;
    }

    public Measurement? Validate(int line, CsvRow row)
    {
        this.line = line;
        var before = errors.Count;

        foreach (var column in RequiredColumnIndices)
            if (row[column].Length == 0) Error(ImportText.Required(Columns[column]));
        if (errors.Count > before) return null;

        var name = row[IndicatorColumn];
        if (!indicators.TryGetValue(name, out var indicator)) { Error(ImportText.UnknownIndicator(name)); return null; }
        if (!indicator.Active) { Error(ImportText.ArchivedIndicator(name)); return null; }

        var start = Date("periode_begin", row[StartColumn]);
        var end = Date("periode_eind", row[EndColumn]);
        if (start is not null && end is not null && string.CompareOrdinal(start, end) > 0) Error(ImportText.PeriodReversed(start, end));

        var breakdown = row[BreakdownColumn];
        CheckBreakdown(indicator, breakdown);
        CheckUnit(indicator, row[UnitColumn]);

        var statusText = row[StatusColumn];
        var status = statusText.ToLowerInvariant() switch
        {
            "" or "definitief" or "final" => "definitief",
            "voorlopig" or "provisional" => "voorlopig",
            var other => null,
        };
        if (status is null) Error(ImportText.BadStatus(statusText));

        var (value, numerator, denominator, text) = ReadValue(indicator, row[ValueColumn], row[NumeratorColumn], row[DenominatorColumn], row[TextColumn]);
        if (errors.Count > before) return null;
        return new Measurement(line, indicator.Id, start!, end!, breakdown, value, numerator, denominator, text,
            NullIfEmpty(row[SourceColumn]), status!, NullIfEmpty(row[EnteredByColumn]));
    }

    private void Error(LocalizedText message) => errors.Add(new ImportError(line, message));

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private string? Date(string column, string value)
    {
        if (validDates.TryGetValue(value, out var known)) return known;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            var normalized = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (validDates.Count < DateCacheLimit) validDates[value] = normalized;
            return normalized;
        }
        Error(ImportText.NotADate(column, value));
        return null;
    }

    private void CheckBreakdown(IndicatorProfile indicator, string breakdown)
    {
        if (breakdown.Length == 0) return;
        if (indicator.Dimensions.Count == 0) { Error(ImportText.NoBreakdown(indicator.Key, breakdown)); return; }
        // "wijk=Noord; leeftijd=12-18" names its dimensions; a bare "Noord" is a value of the declared one(s).
        foreach (var part in breakdown.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && !indicator.Dimensions.Contains(part[..equals].Trim()))
                Error(ImportText.WrongDimension(part[..equals].Trim(), string.Join(", ", indicator.Dimensions.Order(StringComparer.Ordinal))));
        }
    }

    private void CheckUnit(IndicatorProfile indicator, string unit)
    {
        if (unit.Length == 0) return;
        var expected = indicator.Unit ?? "";
        var same = string.Equals(unit, expected, StringComparison.OrdinalIgnoreCase)
            || (expected == "%" && unit.Equals("procent", StringComparison.OrdinalIgnoreCase))
            || (expected == "euro" && unit is "€" or "EUR" or "eur");
        if (!same) Error(ImportText.WrongUnit(unit, expected.Length == 0 ? "-" : expected));
    }

    private (double?, double?, double?, string?) ReadValue(IndicatorProfile indicator, string value, string numeratorText,
        string denominatorText, string text)
    {
        if (indicator.Kind == "kwalitatief")
        {
            if (numeratorText.Length > 0 || denominatorText.Length > 0 || (value.Length == 0 && text.Length == 0))
            {
                Error(ImportText.QualitativeHasNoNumber(indicator.Key));
                return default;
            }
            return (null, null, null, text.Length > 0 ? text : value);
        }
        if (indicator.Kind == "ja/nee" && value.Length > 0)
        {
            double? yesNo = value.ToLowerInvariant() switch { "ja" or "yes" or "1" or "waar" or "true" => 1, "nee" or "no" or "0" or "onwaar" or "false" => 0, _ => null };
            if (yesNo is null) Error(ImportText.NotYesNo(value));
            return (yesNo, null, null, NullIfEmpty(text));
        }

        var number = Number("waarde", value);
        var numerator = Number("teller", numeratorText);
        var denominator = Number("noemer", denominatorText);
        if (numeratorText.Length > 0 || denominatorText.Length > 0)
        {
            if (indicator.Kind != "percentage") { Error(ImportText.FractionOnlyForPercentages); return default; }
            if (numerator is null || denominator is null) { Error(ImportText.FractionIncomplete); return default; }
            if (denominator <= 0 || numerator < 0 || numerator > denominator) { Error(ImportText.FractionInvalid); return default; }
            var computed = Math.Round(100 * numerator.Value / denominator.Value, 4);
            if (number is not null && Math.Abs(number.Value - computed) > 0.05)
            {
                Error(ImportText.FractionMismatch(Show(number.Value), Show(computed)));
                return default;
            }
            number ??= computed;
        }
        if (number is null)
        {
            if (value.Length == 0 && numeratorText.Length == 0) Error(ImportText.MissingValue(indicator.Key));
            return default;
        }
        CheckRange(indicator, number.Value);
        return (number, numerator, denominator, NullIfEmpty(text));
    }

    private void CheckRange(IndicatorProfile indicator, double value)
    {
        switch (indicator.Kind)
        {
            case "percentage" when value is < 0 or > 100:
                Error(ImportText.PercentageRange(Show(value)));
                break;
            case "score" when indicator.ScaleMin is { } low && indicator.ScaleMax is { } high && (value < low || value > high):
                Error(ImportText.ScaleRange(Show(value), Show(low), Show(high)));
                break;
            case "aantal" or "duur" when value < 0:
                Error(ImportText.Negative(Show(value), indicator.Kind));
                break;
        }
    }

    private double? Number(string column, string text)
    {
        if (text.Length == 0) return null;
        // Dutch spreadsheets write a decimal comma; thousands separators are not accepted (ambiguous).
        var normalized = text.Replace(" ", "", StringComparison.Ordinal);
        if (!normalized.Contains('.', StringComparison.Ordinal)) normalized = normalized.Replace(',', '.');
        if (double.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && double.IsFinite(number))
            return number;
        Error(ImportText.NotANumber(column, text));
        return null;
    }

    private static string Show(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
