using System.Globalization;
using KpiLang.Diagnostics;
using KpiLang.Text;

namespace KpiLang.Schema.Import;

/// <summary>
/// One CSV row seen through its header: the value of a column, trimmed, or "" when the file has no such column.
/// <paramref name="columns"/> maps each of <see cref="CsvColumns.All"/> to its field index, or -1.
/// </summary>
internal readonly struct CsvRow(List<string> fields, int[] columns)
{
    public string this[int column] => columns[column] is var at and >= 0 ? fields[at].Trim() : "";
}

/// <summary>
/// Checks one CSV row against its indicator: kind, unit, range, period and breakdown. Numbers are read by the one
/// <see cref="NumberReader"/> of the language, in the notation of the import: a value is read exactly as its writer
/// meant it, or refused with what to write instead.
/// </summary>
internal sealed class MeasurementValidator(IReadOnlyDictionary<string, IndicatorProfile> indicators, ProviderDirectory providers,
    ImportOptions options, List<ImportError> errors)
{
    // A file names few distinct days; parsing each once saves most of the date work on a large import.
    private const int DateCacheLimit = 100_000;
    private readonly Dictionary<string, string> validDates = new(StringComparer.Ordinal);
    private readonly string today = options.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private int line;

    /// <summary>True once a number was refused in a way that an English file explains ("7.5" read as Dutch).</summary>
    public bool SawOtherNotation { get; private set; }

    public Measurement? Validate(int line, CsvRow row)
    {
        this.line = line;
        var before = errors.Count;

        foreach (var column in CsvColumns.Required)
            if (row[column].Length == 0) Error(ImportText.Required(CsvColumns.All[column]));
        if (errors.Count > before) return null;

        var name = row[CsvColumns.Indicator];
        if (!indicators.TryGetValue(name, out var indicator)) { Error(ImportText.UnknownIndicator(name)); return null; }
        if (!indicator.Active) { Error(ImportText.ArchivedIndicator(name)); return null; }

        var start = Date("periode_begin", row[CsvColumns.Start]);
        var end = Date("periode_eind", row[CsvColumns.End]);
        if (start is not null && end is not null && string.CompareOrdinal(start, end) > 0) Error(ImportText.PeriodReversed(start, end));
        // A measurement describes what happened; a period that has not started yet is a typo (2056 for 2026).
        if (start is not null && string.CompareOrdinal(start, today) > 0) Error(ImportText.PeriodInFuture(start, today));

        var breakdown = row[CsvColumns.Breakdown];
        CheckBreakdown(indicator, breakdown);
        var provider = Provider(indicator, row[CsvColumns.Provider], breakdown);
        CheckUnit(indicator, row[CsvColumns.Unit]);

        var statusText = row[CsvColumns.Status];
        var status = statusText.ToLowerInvariant() switch
        {
            "" => options.Correct ? null : "definitief",
            "definitief" or "final" => "definitief",
            "voorlopig" or "provisional" => "voorlopig",
            _ => null,
        };
        if (status is null && statusText.Length > 0) Error(ImportText.BadStatus(statusText));

        var (given, value, numerator, denominator, text) = ReadValue(indicator, row[CsvColumns.Value], row[CsvColumns.Numerator],
            row[CsvColumns.Denominator], row[CsvColumns.Text]);
        if (errors.Count > before) return null;
        return new Measurement(line, indicator.Id, start!, end!, breakdown, given, value, numerator, denominator, text,
            NullIfEmpty(row[CsvColumns.Comment]), NullIfEmpty(row[CsvColumns.Source]), status, NullIfEmpty(row[CsvColumns.EnteredBy]), provider);
    }

    /// <summary>
    /// The provider a row is of: the 'aanbieder' column, else the provider its breakdown names ('aanbieder=…'), else
    /// the indicator's only provider, else the one provider the importing role is. An indicator with providers needs
    /// one of them; one without takes none; a provider's role imports only its own rows.
    /// </summary>
    private string Provider(IndicatorProfile indicator, string written, string breakdown)
    {
        var named = providers.InBreakdown(breakdown);
        string? provider = null;
        if (written.Length > 0)
        {
            provider = providers.Find(written);
            if (provider is null) { Error(ImportText.UnknownProvider(written, string.Join(", ", providers.Names))); return ""; }
            if (named is not null && named != provider) { Error(ImportText.ProviderDiffersFromBreakdown(provider, named)); return ""; }
        }
        else if (indicator.Providers.Count > 0)
            provider = named ?? (indicator.Providers.Count == 1 ? indicator.Providers.First()
                : options.OwnProviders is { Count: 1 } own && indicator.Providers.Contains(own.First()) ? own.First() : null);

        var listed = string.Join(", ", indicator.Providers.Order(StringComparer.Ordinal));
        if (indicator.Providers.Count > 0 && provider is null) Error(ImportText.ProviderRequired(indicator.Key, listed));
        else if (indicator.Providers.Count > 0 && !indicator.Providers.Contains(provider!)) Error(ImportText.NotAProviderOf(provider!, indicator.Key, listed));
        else if (indicator.Providers.Count == 0 && provider is not null) Error(ImportText.IndicatorWithoutProviders(indicator.Key, provider));
        else if (options.OwnProviders is { } mine && !mine.Contains(provider ?? ""))
            Error(ImportText.NotYourRow(provider, string.Join(", ", mine.Order(StringComparer.Ordinal))));
        return provider ?? "";
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

    /// <summary>
    /// The value fields of a row. In a correction a row without any of them keeps the measurement's value
    /// (given = false), so a correction can change only the status.
    /// </summary>
    private (bool Given, double? Value, double? Numerator, double? Denominator, string? Text) ReadValue(IndicatorProfile indicator,
        string value, string numeratorText, string denominatorText, string text)
    {
        if (indicator.Kind == "kwalitatief")
        {
            if (options.Correct && value.Length == 0 && text.Length == 0 && numeratorText.Length == 0 && denominatorText.Length == 0)
                return default;
            if (numeratorText.Length > 0 || denominatorText.Length > 0 || (value.Length == 0 && text.Length == 0))
            {
                Error(ImportText.QualitativeHasNoNumber(indicator.Key));
                return default;
            }
            return (true, null, null, null, text.Length > 0 ? text : value);
        }
        if (options.Correct && value.Length == 0 && numeratorText.Length == 0 && denominatorText.Length == 0)
            return (false, null, null, null, NullIfEmpty(text));
        if (indicator.Kind == "ja/nee" && value.Length > 0)
        {
            double? yesNo = value.ToLowerInvariant() switch { "ja" or "yes" or "1" or "waar" or "true" => 1, "nee" or "no" or "0" or "onwaar" or "false" => 0, _ => null };
            if (yesNo is null) Error(ImportText.NotYesNo(value));
            return (true, yesNo, null, null, NullIfEmpty(text));
        }

        var number = Number("waarde", value);
        var numerator = Number("teller", numeratorText);
        var denominator = Number("noemer", denominatorText);
        if (numeratorText.Length > 0 || denominatorText.Length > 0)
        {
            if (indicator.Kind != "percentage" && !indicator.IsRate) { Error(ImportText.FractionOnlyForPercentages); return default; }
            if (numerator is null || denominator is null) { Error(ImportText.FractionIncomplete); return default; }
            // A share cannot exceed its whole; a rate can (more jobs per 1.000 inhabitants than inhabitants).
            if (denominator <= 0 || numerator < 0 || (!indicator.IsRate && numerator > denominator)) { Error(ImportText.FractionInvalid); return default; }
            var computed = Math.Round((indicator.RateBase ?? 100) * numerator.Value / denominator.Value, 4);
            // Half a unit of the last written digit, at least 0.05: "62" fits 61.96 but not 63.
            if (number is not null && Math.Abs(number.Value - computed) > Tolerance(value))
            {
                Error(indicator.IsRate ? ImportText.RateMismatch(value, computed, indicator.RatePopulation!, indicator.RateBase!.Value)
                    : ImportText.FractionMismatch(value, computed));
                return default;
            }
            number ??= computed;
        }
        if (number is null)
        {
            if (value.Length == 0 && numeratorText.Length == 0) Error(ImportText.MissingValue(indicator.Key));
            return default;
        }
        CheckRange(indicator, number.Value, value.Length > 0 ? value : null);
        return (true, number, numerator, denominator, NullIfEmpty(text));
    }

    private static double Tolerance(string written)
    {
        var decimals = written.Length - 1 - Math.Max(written.LastIndexOf(','), written.LastIndexOf('.'));
        return written.Contains(',') || written.Contains('.') ? Math.Max(0.05, 0.5 * Math.Pow(10, -decimals)) : 0.5;
    }

    /// <param name="written">The value as the file wrote it, echoed in messages; null when it was computed.</param>
    private void CheckRange(IndicatorProfile indicator, double value, string? written)
    {
        switch (indicator.Kind)
        {
            case "percentage" when value is < 0 or > 100:
                Error(ImportText.PercentageRange(written, value));
                break;
            case "score" when indicator.ScaleMin is { } low && indicator.ScaleMax is { } high && (value < low || value > high):
                Error(ImportText.ScaleRange(written, value, low, high));
                break;
            case "aantal" or "duur" or "bedrag" when indicator.IsRate && value < 0:
            case "aantal" or "duur" when value < 0:
                Error(ImportText.Negative(written, value, indicator.Kind));
                break;
        }
    }

    private double? Number(string column, string text)
    {
        if (text.Length == 0) return null;
        var reading = NumberReader.Read(text, options.Notation, allowSign: true);
        if (reading.Value is { } number) return (double)number;
        if (reading.Problem == NumberProblem.WrongDecimalSign || reading is { Problem: NumberProblem.MixedSigns, Suggestion: not null })
            SawOtherNotation = true;
        Error(ImportText.NotANumber(column, text, reading, options.Notation));
        return null;
    }
}
