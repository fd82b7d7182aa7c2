using System.Buffers;
using System.Text;

namespace KpiLang.Csv;

/// <summary>The text of a CSV file and the encoding it was read in, or why it was refused (with the line).</summary>
public sealed record DecodedCsv(string? Text, CsvEncoding Encoding, CsvRefusal? Refusal)
{
    public bool Succeeded => Refusal is null;
}

/// <summary>Why the bytes of a CSV file could not be read as text, and on which line.</summary>
public sealed record CsvRefusal(int Line, Diagnostics.LocalizedText Message);

/// <summary>
/// Turns the bytes of a CSV file into text without ever guessing a character: UTF-8 (with or without BOM), UTF-16
/// with a BOM, or Windows-1252 (Excel's "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows). Decoding
/// never substitutes U+FFFD: a byte that does not fit the encoding refuses the file, naming its line, so "Enquête"
/// is stored as written or not at all.
/// </summary>
public static class CsvDecoder
{
    // Windows-1252 leaves these five bytes undefined: a file that has one is not Windows-1252 either.
    private static readonly SearchValues<byte> UndefinedIn1252 = SearchValues.Create([0x81, 0x8D, 0x8F, 0x90, 0x9D]);

    // Characters no measurement holds: NUL (a UTF-16 file without BOM read as bytes), other control characters (they
    // could steer a terminal that later shows the text) and U+FFFD (the text was already damaged by an earlier
    // conversion). Tab, carriage return and line feed belong to CSV.
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        [.. Enumerable.Range(0, 32).Where(c => c is not ('\t' or '\r' or '\n')).Select(c => (char)c), '\u007F', '\uFFFD']);

    /// <param name="refuseControlCharacters">
    /// True for CSVs, whose values are stored as they are; a .kpi file passes false, because its lexer reports a stray
    /// character at its place and the terminal output escapes it.
    /// </param>
    public static DecodedCsv Decode(byte[] bytes, bool refuseControlCharacters = true)
    {
        var decoded = DecodeBytes(bytes);
        if (refuseControlCharacters && decoded.Text is { } text && text.AsSpan().IndexOfAny(Forbidden) is var at and >= 0)
            return Refuse(1 + text.AsSpan(0, at).Count('\n'), CsvText.ForbiddenCharacter(text[at]), decoded.Encoding);
        return decoded;
    }

    private static DecodedCsv DecodeBytes(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Utf8(bytes, 3, CsvEncoding.Utf8WithBom);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Utf16(bytes, bigEndian: false, CsvEncoding.Utf16LittleEndian);
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Utf16(bytes, bigEndian: true, CsvEncoding.Utf16BigEndian);
        if (span.IndexOf((byte)0) is var nul and >= 0)
            return Refuse(LineAtByte(span, nul), CsvText.Utf16WithoutBom, CsvEncoding.Utf8);
        return System.Text.Unicode.Utf8.IsValid(span) ? Utf8(bytes, 0, CsvEncoding.Utf8) : NotUtf8(bytes);
    }

    private static DecodedCsv Utf8(byte[] bytes, int start, CsvEncoding encoding)
    {
        var span = bytes.AsSpan(start);
        if (!System.Text.Unicode.Utf8.IsValid(span))
            return Refuse(LineAtByte(span, FirstInvalidUtf8(span)), CsvText.InvalidUtf8(encoding.Name()), encoding);
        return Decoded(Encoding.UTF8.GetString(span), encoding);
    }

    private static DecodedCsv Utf16(byte[] bytes, bool bigEndian, CsvEncoding which)
    {
        // Decoded with U+FFFD for what does not fit (an unpaired surrogate, an odd last byte), then refused at the
        // first U+FFFD: that names the line without a second decoder.
        var text = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetString(bytes, 2, bytes.Length - 2);
        var damaged = text.IndexOf('\uFFFD', StringComparison.Ordinal);
        return damaged < 0
            ? Decoded(text, which)
            : Refuse(1 + text.AsSpan(0, damaged).Count('\n'), CsvText.InvalidUtf16(which.Name()), which);
    }

    /// <summary>
    /// Not valid UTF-8. When no byte above 0x7F formed a valid UTF-8 sequence, the file is Windows-1252, as Excel
    /// writes it; when some did, it is partly UTF-8 and partly something else (two files pasted together): refused,
    /// because any reading would change some of its characters.
    /// </summary>
    private static DecodedCsv NotUtf8(byte[] bytes)
    {
        var span = bytes.AsSpan();
        var invalid = FirstInvalidUtf8(span);
        if (HasMultiByteUtf8(span))
            return Refuse(LineAtByte(span, invalid), CsvText.MixedEncodings, CsvEncoding.Utf8);
        if (span.IndexOfAny(UndefinedIn1252) is var undefined and >= 0)
            return Refuse(LineAtByte(span, undefined), CsvText.UnknownEncoding, CsvEncoding.Windows1252);
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;
        return Decoded(windows1252.GetString(bytes), CsvEncoding.Windows1252);
    }

    private static DecodedCsv Decoded(string text, CsvEncoding encoding) => new(text, encoding, null);

    /// <summary>The byte offset of the first invalid UTF-8 sequence (the caller knows there is one).</summary>
    private static int FirstInvalidUtf8(ReadOnlySpan<byte> span)
    {
        var offset = 0;
        Span<char> buffer = stackalloc char[4096];
        while (offset < span.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(span[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            if (status == OperationStatus.InvalidData) return offset + read;
            if (status == OperationStatus.Done) break;
            offset += read;
        }
        return span.Length;
    }

    private static bool HasMultiByteUtf8(ReadOnlySpan<byte> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] < 0x80) continue;
            if (Rune.DecodeFromUtf8(span[i..], out _, out var length) == OperationStatus.Done && length > 1) return true;
        }
        return false;
    }

    private static int LineAtByte(ReadOnlySpan<byte> span, int offset) => 1 + span[..offset].Count((byte)'\n');

    private static DecodedCsv Refuse(int line, Diagnostics.LocalizedText message, CsvEncoding encoding) =>
        new(null, encoding, new CsvRefusal(line, message));
}
