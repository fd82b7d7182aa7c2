using KpiLang.Diagnostics;
using KpiLang.Texts;

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
    private static readonly TextTable Texts = new(typeof(CsvEncodings));

    /// <summary>How messages name the encoding.</summary>
    public static LocalizedText Name(this CsvEncoding encoding) => encoding switch
    {
        CsvEncoding.Utf8 => Texts.Text("Utf8"),
        CsvEncoding.Utf8WithBom => Texts.Text("Utf8WithBom"),
        CsvEncoding.Utf16LittleEndian => Texts.Text("Utf16LittleEndian"),
        CsvEncoding.Utf16BigEndian => Texts.Text("Utf16BigEndian"),
        _ => Texts.Text("Windows1252"),
    };

    /// <summary>True when the text was converted from something other than UTF-8, so the user is told.</summary>
    public static bool NeedsNotice(this CsvEncoding encoding) => encoding is not (CsvEncoding.Utf8 or CsvEncoding.Utf8WithBom);
}
