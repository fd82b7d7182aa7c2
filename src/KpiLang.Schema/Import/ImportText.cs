using KpiLang.Diagnostics;
using KpiLang.Text;
using KpiLang.Texts;

namespace KpiLang.Schema.Import;

/// <summary>
/// Messages about CSV files and rows, in Dutch and English; each names the column and what is allowed. Values are
/// echoed as the file wrote them; numbers kpic computed are written in the reader's notation (7,5 or 7.5).
/// </summary>
internal static class ImportText
{
    private static readonly TextTable Texts = new(typeof(ImportText));

    public static LocalizedText UnknownColumns(IReadOnlyList<string> columns, string known)
    {
        var list = string.Join(", ", columns.Select(c => $"'{c}'"));
        return columns.Count == 1
            ? Texts.Format(nameof(UnknownColumns), ("list", list), ("known", known))
            : Texts.Format("UnknownColumnsMany", ("list", list), ("known", known));
    }
    public static LocalizedText SameColumnTwice(string first, string second) => Texts.Format(nameof(SameColumnTwice), ("first", first), ("second", second));
    public static LocalizedText MissingColumn(string column) => Texts.Format(nameof(MissingColumn), ("column", column));
    public static LocalizedText DuplicateColumn(string column) => Texts.Format(nameof(DuplicateColumn), ("column", column));
    public static LocalizedText FieldCount(int found, int expected) => Texts.Format(nameof(FieldCount), ("found", found), ("expected", expected));
    public static readonly LocalizedText Empty = Texts.Text(nameof(Empty));
    public static LocalizedText Required(string column) => Texts.Format(nameof(Required), ("column", column));
    public static LocalizedText UnknownIndicator(string name) => Texts.Format(nameof(UnknownIndicator), ("name", name));
    public static LocalizedText ArchivedIndicator(string name) => Texts.Format(nameof(ArchivedIndicator), ("name", name));
    public static LocalizedText NotADate(string column, string value) => Texts.Format(nameof(NotADate), ("column", column), ("value", value));
    public static LocalizedText PeriodReversed(string begin, string end) => Texts.Format(nameof(PeriodReversed), ("begin", begin), ("end", end));
    public static LocalizedText PeriodInFuture(string start, string today) => Texts.Format(nameof(PeriodInFuture), ("start", start), ("today", today));
    /// <summary>As the language's KPL0120 says it: the value as written, the notation it was read in, what to write.</summary>
    public static LocalizedText NotANumber(string column, string value, NumberReading reading, NumberNotation notation)
    {
        var advice = NumberAdvice.For(reading, notation);
        return notation == NumberNotation.Dutch
            ? Texts.Format(nameof(NotANumber), ("column", column), ("value", value), ("advice", advice))
            : Texts.Format("NotAnEnglishNumber", ("column", column), ("value", value), ("advice", advice));
    }
    public static LocalizedText MissingValue(string name) => Texts.Format(nameof(MissingValue), ("name", name));
    public static LocalizedText PercentageRange(string? written, double value) => Texts.Format(nameof(PercentageRange), ("value", Shown(written, value)));
    public static LocalizedText ScaleRange(string? written, double value, double low, double high) => Texts.Format(nameof(ScaleRange), ("value", Shown(written, value)), ("low", low), ("high", high));
    public static LocalizedText Negative(string? written, double value, string kind) => Texts.Format(nameof(Negative), ("value", Shown(written, value)), ("kind", kind));
    public static LocalizedText NotYesNo(string value) => Texts.Format(nameof(NotYesNo), ("value", value));
    public static LocalizedText QualitativeHasNoNumber(string name) => Texts.Format(nameof(QualitativeHasNoNumber), ("name", name));
    public static readonly LocalizedText FractionOnlyForPercentages = Texts.Text(nameof(FractionOnlyForPercentages));
    public static LocalizedText RateMismatch(string written, double computed, string population, double @base) => Texts.Format(nameof(RateMismatch), ("written", written), ("computed", computed), ("value", @base), ("population", population));
    public static readonly LocalizedText FractionIncomplete = Texts.Text(nameof(FractionIncomplete));
    public static readonly LocalizedText FractionInvalid = Texts.Text(nameof(FractionInvalid));
    public static LocalizedText FractionMismatch(string written, double computed) => Texts.Format(nameof(FractionMismatch), ("written", written), ("computed", computed));
    public static LocalizedText WrongUnit(string unit, string expected) => Texts.Format(nameof(WrongUnit), ("unit", unit), ("expected", expected));
    public static LocalizedText NoBreakdown(string name, string value) => Texts.Format(nameof(NoBreakdown), ("name", name), ("value", value));
    public static LocalizedText WrongDimension(string dimension, string allowed) => Texts.Format(nameof(WrongDimension), ("dimension", dimension), ("allowed", allowed));
    public static LocalizedText BadStatus(string value) => Texts.Format(nameof(BadStatus), ("value", value));
    public static LocalizedText DuplicateInFile(int otherLine) => Texts.Format(nameof(DuplicateInFile), ("otherLine", otherLine));
    public static readonly LocalizedText DuplicateInDatabase = Texts.Text(nameof(DuplicateInDatabase));
    public static readonly LocalizedText NothingToCorrect = Texts.Text(nameof(NothingToCorrect));

    public static LocalizedText UnknownProvider(string written, string known) => known.Length == 0
        ? Texts.Format("UnknownProviderNoneKnown", (nameof(written), written))
        : Texts.Format(nameof(UnknownProvider), (nameof(written), written), (nameof(known), known));
    public static LocalizedText ProviderDiffersFromBreakdown(string provider, string named) =>
        Texts.Format(nameof(ProviderDiffersFromBreakdown), (nameof(provider), provider), (nameof(named), named));
    public static LocalizedText ProviderRequired(string indicator, string listed) =>
        Texts.Format(nameof(ProviderRequired), (nameof(indicator), indicator), (nameof(listed), listed));
    public static LocalizedText NotAProviderOf(string provider, string indicator, string listed) =>
        Texts.Format(nameof(NotAProviderOf), (nameof(provider), provider), (nameof(indicator), indicator), (nameof(listed), listed));
    public static LocalizedText IndicatorWithoutProviders(string indicator, string provider) =>
        Texts.Format(nameof(IndicatorWithoutProviders), (nameof(indicator), indicator), (nameof(provider), provider));
    /// <summary>A provider's import meets a line of the region (no provider) or of another provider.</summary>
    public static LocalizedText NotYourRow(string? provider, string own) => provider is null
        ? Texts.Format("NotYourRowRegion", (nameof(own), own))
        : Texts.Format(nameof(NotYourRow), (nameof(provider), provider), (nameof(own), own));

    /// <summary>The value as the user wrote it, else the number (written in the reader's notation by the table).</summary>
    private static object Shown(string? written, double value) => written is null ? value : written;
}
