using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Tables;

/// <summary>
/// What <c>kpic convert</c> says about a table: why it cannot be read, and the notes it writes beside what it inferred.
/// Dutch and English, like every kpic message.
/// </summary>
internal static class ConvertText
{
    private static readonly TextTable Texts = new(typeof(ConvertText));

    public static readonly LocalizedText EmptyFile = Texts.Text(nameof(EmptyFile));

    public static LocalizedText NoIndicatorColumn(IEnumerable<string> found)
    {
        var list = string.Join(", ", found.Select(f => $"'{f}'"));
        return Texts.Format(nameof(NoIndicatorColumn), ("list", list));
    }

    public static LocalizedText TooManyFields(int found, int expected) => Texts.Format(nameof(TooManyFields), ("found", found), ("expected", expected));

    public static readonly LocalizedText NoIndicatorText = Texts.Text(nameof(NoIndicatorText));

    public static readonly LocalizedText NoRows = Texts.Text(nameof(NoRows));

    // --- notes beside what was inferred (comments in the .kpi file, and in --format json) ---------------------------

    public static LocalizedText InTable(string cell) => Texts.Format(nameof(InTable), ("cell", cell));

    public static LocalizedText FromColumn(string column, string cell) => Texts.Format(nameof(FromColumn), ("column", column), ("cell", cell));

    public static LocalizedText FromTitleStart(string word) => Texts.Format(nameof(FromTitleStart), ("word", word));

    public static LocalizedText FromTitle(string words) => Texts.Format(nameof(FromTitle), ("words", words));

    public static LocalizedText FromValue(string column, string cell) => Texts.Format(nameof(FromValue), ("cell", cell), ("column", column));

    public static LocalizedText WithGradeScale(LocalizedText note) => new(
        note.Nl + "; een rapportcijfer loopt van 1 tot 10", note.En + "; a Dutch report grade runs from 1 to 10");

    public static LocalizedText KindsDisagree(LocalizedText first, LocalizedText second) => Texts.Format(nameof(KindsDisagree), ("first", first), ("second", second));

    public static LocalizedText KindDoesNotFit(string kind, string column, string cell) => Texts.Format(nameof(KindDoesNotFit), ("kind", kind), ("cell", cell), ("column", column));

    public static LocalizedText InTitle(string words) => Texts.Format(nameof(InTitle), ("words", words));

    public static LocalizedText InColumn(string column, string cell) => Texts.Format(nameof(InColumn), ("cell", cell), ("column", column));

    public static LocalizedText KeptVerbatim(string key, LocalizedText reason) => Texts.Format(nameof(KeptVerbatim), ("key", key), ("reason", reason));

    internal static LocalizedText KpiFileHeader(object source) => Texts.Format(nameof(KpiFileHeader), (nameof(source), source));
    internal static LocalizedText SourceLine(object line) => Texts.Format(nameof(SourceLine), (nameof(line), line));
}
