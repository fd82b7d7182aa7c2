using KpiLang.Diagnostics;
using KpiLang.Text;

namespace KpiLang.Cli;

/// <summary>Messages of build, import, status and report, in Dutch and English.</summary>
internal static class SchemaCliText
{
    public static readonly LocalizedText BuildDescription = new(
        "Compileer .kpi-bestanden naar een meetdatabase (SQLite of PostgreSQL); bestaande metingen blijven bewaard.",
        "Compile .kpi files into a measurement database (SQLite or PostgreSQL); existing measurements are kept.");
    public static readonly LocalizedText ImportDescription = new(
        "Laad metingen uit een CSV-bestand in de database: alles of niets.",
        "Load measurements from a CSV file into the database: all or nothing.");
    public static readonly LocalizedText StatusDescription = new(
        "Toon per doel de stand van elke indicator (op koers, achter, geen data, verteld).",
        "Show per goal the state of every indicator (on track, behind, no data, told).");
    public static readonly LocalizedText ReportDescription = new(
        "Schrijf een HTML-rapport met per indicator een grafiek van metingen, nulmeting en streefwaarde.",
        "Write an HTML report with, per indicator, a chart of measurements, baseline and target.");
    public static readonly LocalizedText DatabaseOutputDescription = new(
        "De database om te maken of bij te werken: een bestand (.sqlite) of postgresql://gebruiker@host:poort/database "
        + "(wachtwoord uit PGPASSWORD of ~/.pgpass).",
        "The database to create or update: a file (.sqlite) or postgresql://user@host:port/database (password from PGPASSWORD or ~/.pgpass).");
    public static readonly LocalizedText DatabaseDescription = new(
        "De database: een bestand (.sqlite) of postgresql://gebruiker@host:poort/database (wachtwoord uit PGPASSWORD of ~/.pgpass).",
        "The database: a file (.sqlite) or postgresql://user@host:port/database (password from PGPASSWORD or ~/.pgpass).");
    public static readonly LocalizedText CsvDescription = new(
        "CSV-bestand met metingen (zie docs/schema.md voor de kolommen).", "CSV file with measurements (see docs/schema.md for the columns).");
    public static readonly LocalizedText ReportOutputDescription = new("Het HTML-bestand om te schrijven.", "The HTML file to write.");
    public static readonly LocalizedText NumbersDescription = new(
        "Hoe getallen in het CSV-bestand geschreven zijn: nl (standaard: 1.100 is duizendhonderd, 7,5 heeft een decimaalkomma) "
        + "of en (uit een Engelstalig programma: 1,100 is duizendhonderd, 7.5 heeft een decimaalpunt).",
        "How numbers in the CSV file are written: nl (default: 1.100 is one thousand one hundred, 7,5 has a decimal comma) "
        + "or en (from an English program: 1,100 is one thousand one hundred, 7.5 has a decimal point).");
    public static readonly LocalizedText CorrectDescription = new(
        "Corrigeer bestaande metingen: elke regel vervangt de waarde of status van de meting met dezelfde indicator, periode en "
        + "uitsplitsing; lege velden blijven zoals ze waren en de vorige versie blijft bewaard (tabel meting_correctie).",
        "Correct existing measurements: each line replaces the value or status of the measurement with the same indicator, period "
        + "and breakdown; empty fields stay as they were and the previous version is kept (table meting_correctie).");

    public static LocalizedText BuildRefused(int errors) => new(
        $"kpic: de specificatie heeft {errors} {(errors == 1 ? "fout" : "fouten")}; de database is niet geschreven. Los de fouten op en bouw opnieuw.",
        $"kpic: the specification has {errors} {(errors == 1 ? "error" : "errors")}; the database was not written. Fix the errors and build again.");

    public static LocalizedText DuplicateIndicator(string name, string first, string second) => new(
        $"kpic: de indicator '{name}' staat in {first} en in {second}; in één database moet elke indicatornaam uniek zijn. "
        + "Hernoem er één of bouw de specificaties in aparte databases.",
        $"kpic: the indicator '{name}' is in {first} and in {second}; within one database every indicator name must be unique. "
        + "Rename one or build the specifications into separate databases.");

    public static LocalizedText Built(string path, int indicators, long measurements, bool created) => new(
        $"{(created ? "Database gemaakt" : "Database bijgewerkt")}: {path} ({indicators} {(indicators == 1 ? "indicator" : "indicatoren")}, {measurements} {(measurements == 1 ? "meting" : "metingen")} bewaard).",
        $"{(created ? "Database created" : "Database updated")}: {path} ({indicators} {(indicators == 1 ? "indicator" : "indicators")}, {measurements} {(measurements == 1 ? "measurement" : "measurements")} kept).");

    public static LocalizedText Migrated(int from, int to) => new(
        $"Schema bijgewerkt van versie {from} naar {to}.", $"Schema migrated from version {from} to {to}.");

    public static LocalizedText Archived(string key, string title, long measurements) => new(
        $"Gearchiveerd: {key} \"{title}\" staat niet meer in de specificatie; {measurements} {(measurements == 1 ? "meting blijft" : "metingen blijven")} bewaard (view gearchiveerde_indicator).",
        $"Archived: {key} \"{title}\" is no longer in the specification; {measurements} {(measurements == 1 ? "measurement is" : "measurements are")} kept (view gearchiveerde_indicator).");

    public static LocalizedText Restored(string key) => new(
        $"Teruggezet: {key} staat weer in de specificatie, met zijn eerdere metingen.",
        $"Restored: {key} is back in the specification, with its earlier measurements.");

    public static LocalizedText CannotWrite(string path, LocalizedText reason) => new(
        $"kpic: kan '{path}' niet schrijven: {reason.Nl}.", $"kpic: cannot write '{path}': {reason.En}.");

    public static readonly LocalizedText FolderMissing = new("de map bestaat niet", "the folder does not exist");

    public static LocalizedText FileNotFound(string path) => new(
        $"kpic: het bestand '{path}' bestaat niet.", $"kpic: the file '{path}' does not exist.");

    public static LocalizedText Imported(int rows, string path) => new(
        $"{rows} {(rows == 1 ? "meting" : "metingen")} geladen in {path}.", $"{rows} {(rows == 1 ? "measurement" : "measurements")} loaded into {path}.");

    public static LocalizedText Corrected(int rows, int unchanged, string path) => new(
        $"{rows} {(rows == 1 ? "meting" : "metingen")} gecorrigeerd in {path}"
        + (unchanged > 0 ? $"; {unchanged} {(unchanged == 1 ? "regel veranderde" : "regels veranderden")} niets" : "")
        + (rows > 0 ? ". De vorige versies staan in de view correctiegeschiedenis." : "."),
        $"{rows} {(rows == 1 ? "measurement" : "measurements")} corrected in {path}"
        + (unchanged > 0 ? $"; {unchanged} {(unchanged == 1 ? "line" : "lines")} changed nothing" : "")
        + (rows > 0 ? ". The previous versions are in the view correctiegeschiedenis." : "."));

    public static LocalizedText EncodingNotice(string file, LocalizedText encoding) => new(
        $"kpic: {file} is gelezen als {encoding.Nl} en omgezet naar UTF-8.",
        $"kpic: {file} was read as {encoding.En} and converted to UTF-8.");

    public static LocalizedText CannotRead(string path, LocalizedText reason) => new(
        $"kpic: kan '{path}' niet lezen: {reason.Nl}.", $"kpic: cannot read '{path}': {reason.En}.");

    public static LocalizedText MoreErrors(int count) => new(
        $"… en {count} {(count == 1 ? "fout" : "fouten")} meer.", $"… and {count} more {(count == 1 ? "error" : "errors")}.");

    /// <summary>After numbers were refused as written in the other notation: how to say which notation the file uses.</summary>
    public static LocalizedText NotationHint(NumberNotation notation) => notation == NumberNotation.Dutch
        ? new("kpic: komt het bestand uit een Engelstalig programma (7.5 met een decimaalpunt, 1,100 voor duizendhonderd)? Importeer dan met --getallen en.",
            "kpic: does the file come from an English program (7.5 with a decimal point, 1,100 for one thousand one hundred)? Then import with --numbers en.")
        : new("kpic: schrijft het bestand getallen op zijn Nederlands (7,5 met een decimaalkomma, 1.100 voor duizendhonderd)? Importeer dan zonder --getallen en.",
            "kpic: does the file write numbers the Dutch way (7,5 with a decimal comma, 1.100 for one thousand one hundred)? Then import without --numbers en.");

    public static LocalizedText ImportFailed(int errors) => new(
        $"kpic: {errors} {(errors == 1 ? "fout" : "fouten")} in het CSV-bestand; er is niets geladen. Verbeter de regels en importeer opnieuw.",
        $"kpic: {errors} {(errors == 1 ? "error" : "errors")} in the CSV file; nothing was loaded. Correct the lines and import again.");

    public static LocalizedText ReportWritten(string path, int charts) => new(
        $"Rapport geschreven: {path} ({charts} {(charts == 1 ? "grafiek" : "grafieken")}).", $"Report written: {path} ({charts} {(charts == 1 ? "chart" : "charts")}).");
}
