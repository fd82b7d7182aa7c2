using KpiLang.Diagnostics;

namespace KpiLang.Csv;

/// <summary>
/// Messages about the bytes and quotes of a CSV file, in Dutch and English. They name no command, because
/// <c>kpic import</c> and <c>kpic convert</c> read files alike: "probeer het opnieuw" fits both.
/// </summary>
public static class CsvText
{
    public static readonly LocalizedText Utf16WithoutBom = new(
        "deze regel bevat NUL-bytes: het bestand is waarschijnlijk UTF-16 zonder BOM. Sla het op als 'CSV UTF-8' en probeer het opnieuw.",
        "this line holds NUL bytes: the file is probably UTF-16 without a BOM. Save it as 'CSV UTF-8' and try again.");
    public static LocalizedText InvalidUtf8(LocalizedText encoding) => new(
        $"het bestand is {encoding.Nl}, maar deze regel bevat bytes die geen geldige UTF-8 zijn. Sla het opnieuw op als 'CSV UTF-8' en probeer het opnieuw.",
        $"the file is {encoding.En}, but this line holds bytes that are not valid UTF-8. Save it again as 'CSV UTF-8' and try again.");
    public static LocalizedText InvalidUtf16(LocalizedText encoding) => new(
        $"het bestand is {encoding.Nl}, maar deze regel bevat een teken dat geen geldige UTF-16 is. Sla het op als 'CSV UTF-8' en probeer het opnieuw.",
        $"the file is {encoding.En}, but this line holds a character that is not valid UTF-16. Save it as 'CSV UTF-8' and try again.");
    public static readonly LocalizedText MixedEncodings = new(
        "deze regel is geen UTF-8, terwijl andere regels dat wel zijn: het bestand is uit delen met verschillende tekensets samengesteld. "
        + "Sla het in één keer op als 'CSV UTF-8' en probeer het opnieuw.",
        "this line is not UTF-8 while other lines are: the file was put together from parts in different encodings. "
        + "Save it in one go as 'CSV UTF-8' and try again.");
    public static readonly LocalizedText UnknownEncoding = new(
        "deze regel bevat bytes die UTF-8 noch Windows-1252 zijn; sla het bestand op als 'CSV UTF-8' en probeer het opnieuw.",
        "this line holds bytes that are neither UTF-8 nor Windows-1252; save the file as 'CSV UTF-8' and try again.");
    public static LocalizedText ForbiddenCharacter(char c) => c == '\uFFFD'
        ? new("deze regel bevat het vervangingsteken U+FFFD (�): de tekst is eerder bij een omzetting beschadigd. Herstel de oorspronkelijke tekens en probeer het opnieuw.",
            "this line holds the replacement character U+FFFD (�): the text was damaged by an earlier conversion. Restore the original characters and try again.")
        : new($"deze regel bevat het stuurteken U+{(int)c:X4}; haal het weg en probeer het opnieuw.",
            $"this line holds the control character U+{(int)c:X4}; remove it and try again.");

    public static readonly LocalizedText UnclosedQuote = new(
        "hier begint een veld met een aanhalingsteken (\") dat nergens wordt gesloten, zodat de rest van het bestand in dit ene veld "
        + "zou vallen. Sluit het veld met een \", of schrijf een aanhalingsteken in een veld als \"\".",
        "a field starts here with a quote (\") that is never closed, so the rest of the file would fall into this one field. "
        + "Close the field with a \", or write a quote inside a field as \"\".");
}
