using KpiLang.Diagnostics;

namespace KpiLang.Schema.Import;

/// <summary>Messages about CSV rows, in Dutch and English; each names the column and what is allowed.</summary>
internal static class ImportText
{
    public static LocalizedText UnknownColumn(string column, string known) => new(
        $"onbekende kolom '{column}'; toegestaan zijn: {known}.", $"unknown column '{column}'; allowed are: {known}.");
    public static LocalizedText MissingColumn(string column) => new(
        $"de kolom '{column}' ontbreekt in de kopregel.", $"the column '{column}' is missing from the header line.");
    public static LocalizedText DuplicateColumn(string column) => new(
        $"de kolom '{column}' staat twee keer in de kopregel.", $"the column '{column}' appears twice in the header line.");
    public static LocalizedText FieldCount(int found, int expected) => new(
        $"{found} velden, maar de kopregel heeft er {expected}.", $"{found} fields, but the header line has {expected}.");
    public static readonly LocalizedText Empty = new(
        "het bestand is leeg; de eerste regel moet de kolomnamen bevatten.", "the file is empty; the first line must hold the column names.");
    public static LocalizedText Required(string column) => new(
        $"'{column}' is leeg; vul het in.", $"'{column}' is empty; fill it in.");
    public static LocalizedText UnknownIndicator(string name) => new(
        $"de indicator '{name}' staat niet in de database; controleer de naam of bouw de specificatie opnieuw.",
        $"the indicator '{name}' is not in the database; check the name or build the specification again.");
    public static LocalizedText ArchivedIndicator(string name) => new(
        $"de indicator '{name}' is gearchiveerd (niet meer in de specificatie); metingen kunnen alleen bij actieve indicatoren worden ingevoerd.",
        $"the indicator '{name}' is archived (no longer in the specification); measurements can only be entered for active indicators.");
    public static LocalizedText NotADate(string column, string value) => new(
        $"'{column}' is '{value}', geen datum; schrijf jjjj-mm-dd.", $"'{column}' is '{value}', not a date; write yyyy-mm-dd.");
    public static LocalizedText PeriodReversed(string begin, string end) => new(
        $"de periode begint ({begin}) na het einde ({end}).", $"the period starts ({begin}) after it ends ({end}).");
    public static LocalizedText NotANumber(string column, string value) => new(
        $"'{column}' is '{value}', geen getal.", $"'{column}' is '{value}', not a number.");
    public static LocalizedText MissingValue(string name) => new(
        $"geen waarde voor '{name}': vul 'waarde' in (of 'teller' en 'noemer' bij een percentage).",
        $"no value for '{name}': fill in 'waarde' (or 'teller' and 'noemer' for a percentage).");
    public static LocalizedText PercentageRange(string value) => new(
        $"waarde {value} ligt niet tussen 0 en 100 (een percentage).", $"value {value} is not between 0 and 100 (a percentage).");
    public static LocalizedText ScaleRange(string value, string low, string high) => new(
        $"waarde {value} ligt buiten de schaal {low}..{high} van de indicator.", $"value {value} lies outside the indicator's scale {low}..{high}.");
    public static LocalizedText Negative(string value, string kind) => new(
        $"waarde {value} is negatief, maar een {kind} kan niet negatief zijn.", $"value {value} is negative, but a {kind} cannot be negative.");
    public static LocalizedText NotYesNo(string value) => new(
        $"waarde '{value}' is geen ja/nee; schrijf ja, nee, 1 of 0.", $"value '{value}' is not yes/no; write ja, nee, 1 or 0.");
    public static LocalizedText QualitativeHasNoNumber(string name) => new(
        $"'{name}' is kwalitatief: zet de tekst in de kolom 'tekst' (of 'waarde'), zonder teller en noemer.",
        $"'{name}' is qualitative: put the text in the column 'tekst' (or 'waarde'), without numerator and denominator.");
    public static readonly LocalizedText FractionOnlyForPercentages = new(
        "'teller' en 'noemer' horen alleen bij een percentage.", "'teller' and 'noemer' belong only to a percentage.");
    public static readonly LocalizedText FractionIncomplete = new(
        "vul zowel 'teller' als 'noemer' in, of geen van beide.", "fill in both 'teller' and 'noemer', or neither.");
    public static readonly LocalizedText FractionInvalid = new(
        "'noemer' moet groter dan 0 zijn en 'teller' tussen 0 en de noemer liggen.", "'noemer' must be above 0 and 'teller' between 0 and the denominator.");
    public static LocalizedText FractionMismatch(string value, string computed) => new(
        $"waarde {value} klopt niet met teller/noemer ({computed} %).", $"value {value} does not match numerator/denominator ({computed} %).");
    public static LocalizedText WrongUnit(string unit, string expected) => new(
        $"eenheid '{unit}' past niet bij de indicator, die in '{expected}' meet.", $"unit '{unit}' does not fit the indicator, which measures in '{expected}'.");
    public static LocalizedText NoBreakdown(string name, string value) => new(
        $"'{name}' heeft geen uitsplitsing, maar de regel geeft '{value}'; laat 'uitsplitsing' leeg.",
        $"'{name}' has no breakdown, but the line gives '{value}'; leave 'uitsplitsing' empty.");
    public static LocalizedText WrongDimension(string dimension, string allowed) => new(
        $"uitsplitsing naar '{dimension}' is niet gedeclareerd; de indicator splitst uit naar: {allowed}.",
        $"breakdown by '{dimension}' is not declared; the indicator is broken down by: {allowed}.");
    public static LocalizedText BadStatus(string value) => new(
        $"status '{value}' is onbekend; schrijf voorlopig of definitief.", $"status '{value}' is unknown; write voorlopig or definitief.");
    public static LocalizedText DuplicateInFile(int otherLine) => new(
        $"dezelfde indicator, periode en uitsplitsing staan al op regel {otherLine}.",
        $"the same indicator, period and breakdown are already on line {otherLine}.");
    public static readonly LocalizedText DuplicateInDatabase = new(
        "voor deze indicator, periode en uitsplitsing staat al een meting in de database; metingen worden nooit overschreven.",
        "the database already holds a measurement for this indicator, period and breakdown; measurements are never overwritten.");
}
