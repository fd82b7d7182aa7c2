using KpiLang.Diagnostics;

namespace KpiLang.Tables;

/// <summary>
/// What <c>kpic convert</c> says about a table: why it cannot be read, and the notes it writes beside what it inferred.
/// Dutch and English, like every kpic message.
/// </summary>
internal static class ConvertText
{
    public static readonly LocalizedText EmptyFile = new(
        "het bestand is leeg; de eerste regel moet de kolomnamen bevatten (minstens 'indicator').",
        "the file is empty; the first line must hold the column names (at least 'indicator').");

    public static LocalizedText NoIndicatorColumn(IEnumerable<string> found)
    {
        var list = string.Join(", ", found.Select(f => $"'{f}'"));
        return new(
            $"de kopregel heeft geen kolom 'indicator'; gevonden: {list}. De eerste regel moet de kolomnamen bevatten, met "
            + "'indicator' boven de indicatortekst (zie docs/convert.md).",
            $"the header line has no column 'indicator'; found: {list}. The first line must hold the column names, with "
            + "'indicator' above the indicator text (see docs/convert.md).");
    }

    public static LocalizedText TooManyFields(int found, int expected) => new(
        $"deze regel heeft {found} velden, de kopregel {expected}; hier begint het eerste veld te veel. "
        + "Staat er een scheidingsteken in een veld, zet het veld dan tussen aanhalingstekens.",
        $"this line has {found} fields, the header line {expected}; the first field too many starts here. "
        + "If a field holds a separator, put the field in double quotes.");

    public static readonly LocalizedText NoIndicatorText = new(
        "deze regel heeft cellen maar geen indicatortekst; vul de kolom 'indicator' in of haal de regel weg.",
        "this line has cells but no indicator text; fill in the column 'indicator' or remove the line.");

    public static readonly LocalizedText NoRows = new(
        "de tabel heeft na de kopregel geen rijen om om te zetten.", "the table has no rows to convert after the header line.");

    // --- notes beside what was inferred (comments in the .kpi file, and in --format json) ---------------------------

    public static LocalizedText InTable(string cell) => new($"in de tabel: \"{cell}\"", $"in the table: \"{cell}\"");

    public static LocalizedText FromColumn(string column, string cell) => new($"uit {column}: \"{cell}\"", $"from {column}: \"{cell}\"");

    public static LocalizedText FromTitleStart(string word) => new(
        $"afgeleid uit \"{word}\" aan het begin van de indicatortekst", $"inferred from \"{word}\" at the start of the indicator text");

    public static LocalizedText FromTitle(string words) => new(
        $"afgeleid uit \"{words}\" in de indicatortekst", $"inferred from \"{words}\" in the indicator text");

    public static LocalizedText FromValue(string column, string cell) => new(
        $"afgeleid uit \"{cell}\" in {column}", $"inferred from \"{cell}\" in {column}");

    public static LocalizedText WithGradeScale(LocalizedText note) => new(
        note.Nl + "; een rapportcijfer loopt van 1 tot 10", note.En + "; a Dutch report grade runs from 1 to 10");

    public static LocalizedText KindsDisagree(LocalizedText first, LocalizedText second) => new(
        $"geen soort afgeleid: {first.Nl} en {second.Nl} spreken elkaar tegen",
        $"no kind inferred: {first.En} and {second.En} disagree");

    public static LocalizedText KindDoesNotFit(string kind, string column, string cell) => new(
        $"geen soort afgeleid: {kind} past niet bij \"{cell}\" in {column}",
        $"no kind inferred: {kind} does not fit \"{cell}\" in {column}");

    public static LocalizedText InTitle(string words) => new($"\"{words}\" in de indicatortekst", $"\"{words}\" in the indicator text");

    public static LocalizedText InColumn(string column, string cell) => new($"\"{cell}\" in {column}", $"\"{cell}\" in {column}");

    public static LocalizedText KeptVerbatim(string key, LocalizedText reason) => new(
        $"{key} staat letterlijk in toelichting, want: {reason.Nl}", $"{key} is kept verbatim in toelichting, because: {reason.En}");
}
