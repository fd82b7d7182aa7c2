using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Csv;

/// <summary>
/// Messages about the bytes and quotes of a CSV file, in Dutch and English. They name no command, because
/// <c>kpic import</c> and <c>kpic convert</c> read files alike: "probeer het opnieuw" fits both.
/// </summary>
public static class CsvText
{
    private static readonly TextTable Texts = new(typeof(CsvText));

    public static readonly LocalizedText Utf16WithoutBom = Texts.Text(nameof(Utf16WithoutBom));
    public static LocalizedText InvalidUtf8(LocalizedText encoding) => Texts.Format(nameof(InvalidUtf8), ("encoding", encoding));
    public static LocalizedText InvalidUtf16(LocalizedText encoding) => Texts.Format(nameof(InvalidUtf16), ("encoding", encoding));
    public static readonly LocalizedText MixedEncodings = Texts.Text(nameof(MixedEncodings));
    public static readonly LocalizedText UnknownEncoding = Texts.Text(nameof(UnknownEncoding));
    public static LocalizedText ForbiddenCharacter(char c) => c == '\uFFFD'
        ? Texts.Text("ReplacementCharacter")
        : Texts.Format("ControlCharacter", ("value", Hex(c)));

    public static readonly LocalizedText UnclosedQuote = Texts.Text(nameof(UnclosedQuote));

    private static string Hex(char c) => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}
