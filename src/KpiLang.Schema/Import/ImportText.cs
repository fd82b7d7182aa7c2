using KpiLang.Diagnostics;
using KpiLang.Text;

namespace KpiLang.Schema.Import;

/// <summary>
/// Messages about CSV files and rows, in Dutch and English; each names the column and what is allowed. Values are
/// echoed as the file wrote them; numbers kpic computed are written in the reader's notation (7,5 or 7.5).
/// </summary>
internal static class ImportText
{
    public static LocalizedText UnknownColumns(IReadOnlyList<string> columns, string known)
    {
        var list = string.Join(", ", columns.Select(c => $"'{c}'"));
        return columns.Count == 1
            ? new($"onbekende kolom {list}; hernoem of verwijder hem. Toegestaan zijn: {known}.",
                $"unknown column {list}; rename or remove it. Allowed are: {known}.")
            : new($"onbekende kolommen {list}; hernoem of verwijder ze. Toegestaan zijn: {known}.",
                $"unknown columns {list}; rename or remove them. Allowed are: {known}.");
    }
    public static LocalizedText SameColumnTwice(string first, string second) => new(
        $"'{first}' en '{second}' zijn dezelfde kolom; houd er één.", $"'{first}' and '{second}' are the same column; keep one.");
    public static LocalizedText MissingColumn(string column) => new(
        $"de kolom '{column}' ontbreekt in de kopregel.", $"the column '{column}' is missing from the header line.");
    public static LocalizedText DuplicateColumn(string column) => new(
        $"de kolom '{column}' staat twee keer in de kopregel.", $"the column '{column}' appears twice in the header line.");
    public static LocalizedText FieldCount(int found, int expected) => new(
        $"{Counted.Of(found, "veld", "velden")}, maar de kopregel heeft er {expected}.",
        $"{Counted.Of(found, "field", "fields")}, but the header line has {expected}.");
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
    public static LocalizedText PeriodInFuture(string start, string today) => new(
        $"de periode begint op {start}, na vandaag ({today}); een meting gaat over wat al gebeurd is. Controleer het jaartal.",
        $"the period starts on {start}, after today ({today}); a measurement is about what has happened. Check the year.");
    /// <summary>As the language's KPL0120 says it: the value as written, the notation it was read in, what to write.</summary>
    public static LocalizedText NotANumber(string column, string value, NumberReading reading, NumberNotation notation)
    {
        var advice = NumberAdvice.For(reading, notation);
        var (nl, en) = notation == NumberNotation.Dutch ? ("Nederlandse", "Dutch") : ("Engelse", "English");
        return new($"'{column}' is '{value}', geen getal in {nl} schrijfwijze: {advice.Nl}.",
            $"'{column}' is '{value}', not a number in {en} notation: {advice.En}.");
    }
    public static LocalizedText MissingValue(string name) => new(
        $"geen waarde voor '{name}': vul 'waarde' in (of 'teller' en 'noemer' bij een percentage).",
        $"no value for '{name}': fill in 'waarde' (or 'teller' and 'noemer' for a percentage).");
    public static LocalizedText PercentageRange(string? written, double value) => new(
        $"waarde {written ?? Nl(value)} ligt niet tussen 0 en 100 (een percentage).", $"value {written ?? En(value)} is not between 0 and 100 (a percentage).");
    public static LocalizedText ScaleRange(string? written, double value, double low, double high) => new(
        $"waarde {written ?? Nl(value)} ligt buiten de schaal {Nl(low)}..{Nl(high)} van de indicator.",
        $"value {written ?? En(value)} lies outside the indicator's scale {En(low)}..{En(high)}.");
    public static LocalizedText Negative(string? written, double value, string kind) => new(
        $"waarde {written ?? Nl(value)} is negatief, maar een {kind} kan niet negatief zijn.",
        $"value {written ?? En(value)} is negative, but a {kind} cannot be negative.");
    public static LocalizedText NotYesNo(string value) => new(
        $"waarde '{value}' is geen ja/nee; schrijf ja, nee, 1 of 0.", $"value '{value}' is not yes/no; write ja, nee, 1 or 0.");
    public static LocalizedText QualitativeHasNoNumber(string name) => new(
        $"'{name}' is kwalitatief: zet de tekst in de kolom 'tekst' (of 'waarde'), zonder teller en noemer.",
        $"'{name}' is qualitative: put the text in the column 'tekst' (or 'waarde'), without numerator and denominator.");
    public static readonly LocalizedText FractionOnlyForPercentages = new(
        "'teller' en 'noemer' horen alleen bij een percentage of een verhouding ('per 1.000 inwoners').",
        "'teller' and 'noemer' belong only to a percentage or a rate ('per 1.000 inwoners').");
    public static LocalizedText RateMismatch(string written, double computed, string population, double @base) => new(
        $"waarde {written} klopt niet met teller/noemer: dat is {Nl(computed)} per {Nl(@base)} {population}.",
        $"value {written} does not match numerator/denominator: that is {En(computed)} per {En(@base)} {population}.");
    public static readonly LocalizedText FractionIncomplete = new(
        "vul zowel 'teller' als 'noemer' in, of geen van beide.", "fill in both 'teller' and 'noemer', or neither.");
    public static readonly LocalizedText FractionInvalid = new(
        "'noemer' moet groter dan 0 zijn en 'teller' tussen 0 en de noemer liggen.", "'noemer' must be above 0 and 'teller' between 0 and the denominator.");
    public static LocalizedText FractionMismatch(string written, double computed) => new(
        $"waarde {written} klopt niet met teller/noemer ({Nl(computed)} %).", $"value {written} does not match numerator/denominator ({En(computed)} %).");
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
        "voor deze indicator, periode en uitsplitsing staat al een meting in de database; metingen worden nooit stil overschreven. "
        + "Wil je hem verbeteren, importeer dan met --corrigeer (de vorige versie blijft bewaard).",
        "the database already holds a measurement for this indicator, period and breakdown; measurements are never silently overwritten. "
        + "To correct it, import with --correct (the previous version is kept).");
    public static readonly LocalizedText NothingToCorrect = new(
        "er is nog geen meting voor deze indicator, periode en uitsplitsing om te corrigeren; importeer hem zonder --corrigeer.",
        "there is no measurement for this indicator, period and breakdown to correct yet; import it without --correct.");

    public static LocalizedText UnknownProvider(string written, string known) => new(
        $"aanbieder '{written}' is geen actor met 'soort: aanbieder' in de specificatie; bekend zijn: {(known.Length == 0 ? "geen" : known)}.",
        $"provider '{written}' is no actor with 'soort: aanbieder' in the specification; known are: {(known.Length == 0 ? "none" : known)}.");
    public static LocalizedText ProviderDiffersFromBreakdown(string provider, string named) => new(
        $"de kolom 'aanbieder' zegt '{provider}', maar de uitsplitsing noemt aanbieder '{named}'; maak ze gelijk.",
        $"the column 'aanbieder' says '{provider}', but the breakdown names provider '{named}'; make them the same.");
    public static LocalizedText ProviderRequired(string indicator, string listed) => new(
        $"'{indicator}' wordt geleverd door {listed}: zeg in de kolom 'aanbieder' van wie deze meting is.",
        $"'{indicator}' is delivered by {listed}: say in the column 'aanbieder' whose measurement this is.");
    public static LocalizedText NotAProviderOf(string provider, string indicator, string listed) => new(
        $"'{provider}' levert '{indicator}' niet; de specificatie noemt bij 'aanbieders:' {listed}.",
        $"'{provider}' does not deliver '{indicator}'; the specification lists under 'aanbieders:' {listed}.");
    public static LocalizedText IndicatorWithoutProviders(string indicator, string provider) => new(
        $"'{indicator}' heeft geen 'aanbieders:' in de specificatie, maar de regel noemt aanbieder '{provider}'; laat 'aanbieder' leeg of zet hem bij de indicator.",
        $"'{indicator}' has no 'aanbieders:' in the specification, but the line names provider '{provider}'; leave 'aanbieder' empty or list it with the indicator.");
    public static LocalizedText NotYourRow(string? provider, string own) => new(
        $"u importeert als aanbieder {own} en mag alleen eigen metingen invoeren; deze regel is van {(provider is null ? "de regio (geen aanbieder)" : $"'{provider}'")}.",
        $"you import as provider {own} and may only enter your own measurements; this line is {(provider is null ? "the region's (no provider)" : $"of '{provider}'")}.");

    private static string Nl(double value) => NumberText.Format(value, Language.Nl);

    private static string En(double value) => NumberText.Format(value, Language.En);
}
