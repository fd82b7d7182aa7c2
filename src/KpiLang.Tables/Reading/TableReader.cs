using System.Collections.Immutable;
using KpiLang.Csv;

namespace KpiLang.Tables.Reading;

/// <summary>
/// The table, the encoding it was read in (so the user can be told, when the bytes were text at all), or why it cannot
/// be read.
/// </summary>
public sealed record TableReading(IndicatorTable? Table, CsvEncoding Encoding, ImmutableArray<TableError> Errors, bool Decoded = true)
{
    public bool Succeeded => Errors.IsEmpty;
}

/// <summary>
/// Reads an indicator table with the CSV reader and encoding detection that <c>kpic import</c> uses. The first record
/// is the header and must name an 'indicator' column. A row with more fields than the header, a quote left open, a
/// row with cells but no indicator text: each is an error with its line and column, and nothing is converted, so a
/// table is never half understood. Fewer fields than the header read as empty cells (spreadsheets leave them off).
/// </summary>
public static class TableReader
{
    public static TableReading Read(string name, byte[] bytes)
    {
        var decoded = CsvDecoder.Decode(bytes);
        if (decoded.Refusal is { } refusal)
            return new TableReading(null, decoded.Encoding, [new TableError(refusal.Line, null, refusal.Message)], Decoded: false);
        var text = decoded.Text!;
        var reader = new CsvReader(text, CsvReader.DetectSeparator(text));
        var fields = new List<string>();
        var starts = new List<CsvPosition>();
        if (!reader.Next(fields, starts))
            return new TableReading(null, decoded.Encoding, [new TableError(1, null, ConvertText.EmptyFile)]);

        var columns = ColumnHeadings.Classify(fields);
        var errors = ImmutableArray.CreateBuilder<TableError>();
        var indicator = columns.FirstOrDefault(c => c.Role == ColumnRole.Indicator);
        if (indicator is null)
            errors.Add(new TableError(reader.Line, 1, ConvertText.NoIndicatorColumn(columns.Select(c => c.Label))));

        var rows = ImmutableArray.CreateBuilder<TableRow>();
        while (reader.Next(fields, starts))
        {
            if (fields.Count > columns.Length)
            {
                var extra = starts[columns.Length];
                errors.Add(new TableError(extra.Line, extra.Column, ConvertText.TooManyFields(fields.Count, columns.Length)));
                continue;
            }
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            if (indicator is not null && (indicator.Index >= fields.Count || string.IsNullOrWhiteSpace(fields[indicator.Index])))
            {
                var at = indicator.Index < starts.Count ? starts[indicator.Index] : new CsvPosition(reader.Line, 1);
                errors.Add(new TableError(at.Line, at.Column, ConvertText.NoIndicatorText));
                continue;
            }
            rows.Add(new TableRow(reader.Line, [.. fields]));
        }
        if (reader.UnclosedQuote is { } quote) errors.Add(new TableError(quote.Line, quote.Column, CsvText.UnclosedQuote));
        if (errors.Count == 0 && rows.Count == 0) errors.Add(new TableError(reader.Line + 1, null, ConvertText.NoRows));
        if (errors.Count > 0) return new TableReading(null, decoded.Encoding, [.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
        return new TableReading(new IndicatorTable(name, columns, rows.ToImmutable()), decoded.Encoding, []);
    }
}
