using KpiLang.Diagnostics;

namespace KpiLang.Csv;

/// <summary>The encodings a CSV file (of measurements, or an indicator table) may come in; anything else is refused.</summary>
public enum CsvEncoding
{
    /// <summary>UTF-8 without a byte order mark: the documented format, read without a notice.</summary>
    Utf8,
    /// <summary>UTF-8 with a byte order mark (Excel's "CSV UTF-8").</summary>
    Utf8WithBom,
    /// <summary>UTF-16 little endian with a byte order mark (Excel's "Unicode-tekst", Notepad's "UTF-16 LE").</summary>
    Utf16LittleEndian,
    /// <summary>UTF-16 big endian with a byte order mark.</summary>
    Utf16BigEndian,
    /// <summary>Windows-1252: what Excel writes as "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows.</summary>
    Windows1252,
}

public static class CsvEncodings
{
    /// <summary>How messages name the encoding.</summary>
    public static LocalizedText Name(this CsvEncoding encoding) => encoding switch
    {
        CsvEncoding.Utf8 => new("UTF-8", "UTF-8"),
        CsvEncoding.Utf8WithBom => new("UTF-8 met BOM", "UTF-8 with BOM"),
        CsvEncoding.Utf16LittleEndian => new("UTF-16 (little endian, met BOM)", "UTF-16 (little endian, with BOM)"),
        CsvEncoding.Utf16BigEndian => new("UTF-16 (big endian, met BOM)", "UTF-16 (big endian, with BOM)"),
        _ => new("Windows-1252 (zoals Excel 'CSV (gescheiden door lijstscheidingsteken)' schrijft)",
            "Windows-1252 (as Excel writes 'CSV (comma delimited)')"),
    };

    /// <summary>True when the text was converted from something other than UTF-8, so the user is told.</summary>
    public static bool NeedsNotice(this CsvEncoding encoding) => encoding is not (CsvEncoding.Utf8 or CsvEncoding.Utf8WithBom);
}
