using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Formatting;

/// <summary>Why the formatter leaves a file as it is; texts in FormatterText.resx and FormatterText.en.resx.</summary>
internal static class FormatterText
{
    private static readonly TextTable Texts = new(typeof(FormatterText));

    public static LocalizedText HasSyntaxErrors => Texts.Text(nameof(HasSyntaxErrors));

    public static LocalizedText WouldChangeContent => Texts.Text(nameof(WouldChangeContent));
}
