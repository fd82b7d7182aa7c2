using KpiLang.Diagnostics;

namespace KpiLang.Analysis;

/// <summary>Findings about kpiconfig.json and the kpi-negeer comments (KPI190–KPI199, category Configuratie).</summary>
public static class ConfigurationDiagnostics
{
    private static DiagnosticDescriptor Make(string code, string title, DiagnosticSeverity level, string nl, string en, string descriptionNl, string descriptionEn) =>
        new(code, title, DiagnosticCategory.Configuratie, level, new(nl, en), new(descriptionNl, descriptionEn));

    public static readonly DiagnosticDescriptor InvalidJson = Make("KPI190", "config-ongeldig", DiagnosticSeverity.Error,
        "kpiconfig.json is geen geldige JSON: {0}; de standaardinstellingen gelden",
        "kpiconfig.json is not valid JSON: {0}; the default settings apply",
        "Het configuratiebestand kon niet gelezen worden. Tot het gerepareerd is, gelden voor alle regels de standaardniveaus.",
        "The configuration file could not be read. Until it is repaired, every rule has its default level.");

    public static readonly DiagnosticDescriptor UnknownRule = Make("KPI191", "config-onbekende-regel", DiagnosticSeverity.Warning,
        "'{0}' is geen regelcode{1}; 'kpic rules' toont alle codes",
        "'{0}' is not a rule code{1}; 'kpic rules' lists every code",
        "Onder \"regels\" staan regelcodes (KPI101 en verder). Een tikfout in een code betekent dat de instelling niets doet. Taalfouten (KPL0001–KPL0299, vroeger KPI0001–KPI0299) kunnen niet worden uitgezet.",
        "Under \"regels\" go rule codes (KPI101 and up). A typo in a code means the setting does nothing. Language errors (KPL0001–KPL0299, formerly KPI0001–KPI0299) cannot be switched off.");

    public static readonly DiagnosticDescriptor UnknownLevel = Make("KPI192", "config-onbekend-niveau", DiagnosticSeverity.Error,
        "'{0}' is geen niveau; kies fout, waarschuwing, info of uit",
        "'{0}' is not a level; choose fout, waarschuwing, info or uit (or error, warning, off)",
        "Een regel krijgt een van de niveaus fout, waarschuwing, info of uit (Engels: error, warning, info, off).",
        "A rule gets one of the levels fout, waarschuwing, info or uit (English: error, warning, info, off).");

    public static readonly DiagnosticDescriptor UnknownSetting = Make("KPI193", "config-onbekende-instelling", DiagnosticSeverity.Warning,
        "{0}",
        "{0}",
        "Een regel kent alleen zijn eigen instellingen (zie de documentatiepagina van de regel), met een getal als waarde.",
        "A rule knows only its own settings (see the rule's documentation page), with a number as value.");

    public static readonly DiagnosticDescriptor SuppressionWithoutReason = Make("KPI195", "negeer-zonder-reden", DiagnosticSeverity.Warning,
        "kpi-negeer zonder reden; schrijf de reden na een dubbele punt: // kpi-negeer {0}: <reden>",
        "kpi-negeer without a reason; write the reason after a colon: // kpi-negeer {0}: <reason>",
        "Wie een melding negeert, zegt waarom, zodat een collega later kan beoordelen of de reden nog geldt.",
        "Whoever suppresses a finding says why, so a colleague can judge later whether the reason still holds.");

    public static readonly DiagnosticDescriptor SuppressionUnknownCode = Make("KPI196", "negeer-onbekende-code", DiagnosticSeverity.Warning,
        "'{0}' is geen regelcode die genegeerd kan worden{1}",
        "'{0}' is not a rule code that can be suppressed{1}",
        "Alleen regels (KPI101 en verder) kunnen genegeerd worden; taalfouten (KPL0001–KPL0299, vroeger KPI0001–KPI0299) moeten worden opgelost.",
        "Only rules (KPI101 and up) can be suppressed; language errors (KPL0001–KPL0299, formerly KPI0001–KPI0299) must be fixed.");

    public static readonly DiagnosticDescriptor SuppressionUnused = Make("KPI197", "negeer-ongebruikt", DiagnosticSeverity.Warning,
        "kpi-negeer {0} negeert hier niets; haal het commentaar weg",
        "kpi-negeer {0} suppresses nothing here; remove the comment",
        "Een negeer-commentaar dat niets (meer) negeert, is vaak blijven staan na een reparatie. Haal het weg, zodat het een toekomstige melding niet ongemerkt verbergt.",
        "A suppression that suppresses nothing (any more) was often left behind after a fix. Remove it, so it cannot hide a future finding unnoticed.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [InvalidJson, UnknownRule, UnknownLevel, UnknownSetting, SuppressionWithoutReason, SuppressionUnknownCode, SuppressionUnused];
}
