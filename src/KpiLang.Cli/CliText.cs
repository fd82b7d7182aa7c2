using KpiLang.Diagnostics;

namespace KpiLang.Cli;

/// <summary>The CLI's own messages, in Dutch and English.</summary>
internal static class CliText
{
    public static readonly LocalizedText RootDescription = new(
        "kpic — controleert KPI-specificaties (.kpi) en compileert ze naar een meetschema (SQLite of PostgreSQL). "
        + "Begin met de indicatortabel die je al hebt: kpic convert tabel.csv -o spec.kpi, dan kpic check spec.kpi.",
        "kpic — checks KPI specifications (.kpi) and compiles them into a measurement schema (SQLite or PostgreSQL). "
        + "Start from the indicator table you already have: kpic convert table.csv -o spec.kpi, then kpic check spec.kpi.");
    public static readonly LocalizedText CheckDescription = new(
        "Controleer .kpi-bestanden en toon fouten en bevindingen.",
        "Check .kpi files and show errors and findings.");
    public static readonly LocalizedText PathsDescription = new(
        "Bestanden of mappen met .kpi-bestanden (mappen worden doorzocht).",
        "Files or folders with .kpi files (folders are searched).");
    public static readonly LocalizedText FormatDescription = new(
        "Uitvoerformaat: text, msbuild, json of sarif.", "Output format: text, msbuild, json or sarif.");
    public static readonly LocalizedText LangDescription = new(
        "Taal van de meldingen: nl of en.", "Language of the messages: nl or en.");
    public static readonly LocalizedText WarnAsErrorDescription = new(
        "Behandel waarschuwingen als fouten (exitcode 1).", "Treat warnings as errors (exit code 1).");
    public static readonly LocalizedText RootOptionDescription = new(
        "Werkmap: imports buiten deze map worden geweigerd (standaard de gemeenschappelijke map van de invoer). "
        + "Kies een bovenliggende map om één bestand te controleren dat 'importeer \"../gedeeld/…\"' gebruikt.",
        "Workspace root: imports outside it are refused (default: the common folder of the inputs). "
        + "Choose a parent folder to check one file that uses 'importeer \"../gedeeld/…\"'.");
    public static readonly LocalizedText TodayDescription = new(
        "Datum van vandaag (jjjj-mm-dd), voor reproduceerbare controles van termijnen.",
        "Today's date (yyyy-mm-dd), for reproducible checks of due dates.");
    public static readonly LocalizedText OutputDescription = new(
        "Schrijf de uitvoer naar dit bestand in plaats van naar het scherm.", "Write the output to this file instead of the screen.");

    public static readonly LocalizedText RulesDescription = new(
        "Toon alle regels met code, standaardniveau, categorie en omschrijving.",
        "List every rule with code, default level, category and description.");
    public static readonly LocalizedText RulesFormatDescription = new(
        "Uitvoerformaat: text of json.", "Output format: text or json.");
    public static LocalizedText RulesFooter(int count) => new(
        $"{Counted.Of(count, "regel", "regels")} (KPI101–KPI199). Stel ze in met kpiconfig.json (zie docs/regels/README.md); negeer er één met // kpi-negeer CODE: reden.\n"
        + "Taalfouten hebben codes KPL0001–KPL0299 (vroeger KPI0001–KPI0299): die kun je niet instellen of negeren, maar los je op (zie docs/diagnostieken/README.md).",
        $"{Counted.Of(count, "rule", "rules")} (KPI101–KPI199). Configure them in kpiconfig.json (see docs/regels/README.md); suppress one with // kpi-negeer CODE: reason.\n"
        + "Language errors have codes KPL0001–KPL0299 (formerly KPI0001–KPI0299): they cannot be configured or suppressed, only fixed (see docs/diagnostieken/README.md).");

    public static LocalizedText PathNotFound(string path) => new(
        $"kpic: het pad '{path}' bestaat niet.", $"kpic: the path '{path}' does not exist.");
    public static LocalizedText UnknownOption(string option) => new(
        $"kpic: onbekende optie '{option}'; zie 'kpic --help'.", $"kpic: unknown option '{option}'; see 'kpic --help'.");
    public static readonly LocalizedText HelpDescription = new("Toon hulp en gebruik.", "Show help and usage information.");
    public static readonly LocalizedText VersionDescription = new("Toon de versie.", "Show version information.");
    public static LocalizedText RootNotFound(string root) => new(
        $"kpic: de werkmap '{root}' (--root) bestaat niet of is geen map.", $"kpic: the workspace root '{root}' (--root) does not exist or is not a folder.");
    public static LocalizedText InputOutsideRoot(string input, string root) => new(
        $"kpic: '{input}' ligt buiten de werkmap '{root}' (--root); kies een werkmap die alle bestanden bevat.",
        $"kpic: '{input}' lies outside the workspace root '{root}' (--root); choose a root that holds every file.");
    public static LocalizedText NoFiles(string paths) => new(
        $"kpic: geen .kpi-bestanden gevonden in {paths}.", $"kpic: no .kpi files found in {paths}.");
    public static LocalizedText InvalidDate(string value) => new(
        $"kpic: '{value}' is geen datum; schrijf jjjj-mm-dd.", $"kpic: '{value}' is not a date; write yyyy-mm-dd.");

    public static LocalizedText Summary(int errors, int warnings, int infos, int files) => new(
        $"{Counted.Of(errors, "fout", "fouten")}, {Counted.Of(warnings, "waarschuwing", "waarschuwingen")}, {infos} info in {Counted.Of(files, "bestand", "bestanden")}.",
        $"{Counted.Of(errors, "error", "errors")}, {Counted.Of(warnings, "warning", "warnings")}, {infos} info in {Counted.Of(files, "file", "files")}.");

    public static LocalizedText SummaryWrittenTo(LocalizedText summary, string file) => new(
        $"kpic: {summary.Nl.TrimEnd('.')}; het rapport staat in {file}.", $"kpic: {summary.En.TrimEnd('.')}; the report is in {file}.");

    public static LocalizedText FileSystemFailed(LocalizedText reason) => new(
        $"kpic: een bestand kon niet worden gelezen of geschreven: {reason.Nl}.", $"kpic: a file could not be read or written: {reason.En}.");

    /// <summary>A bug: said plainly, with what a maintainer needs, instead of a stack trace.</summary>
    public static LocalizedText InternalError(Exception e) => new(
        $"kpic: interne fout ({e.GetType().Name}: {e.Message}). Dit is een fout in kpic; meld hem met de opdracht die je gaf.",
        $"kpic: internal error ({e.GetType().Name}: {e.Message}). This is a bug in kpic; please report it with the command you ran.");

    public static LocalizedText SeverityWord(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => new("fout", "error"),
        DiagnosticSeverity.Warning => new("waarschuwing", "warning"),
        _ => new("info", "info"),
    };
}
