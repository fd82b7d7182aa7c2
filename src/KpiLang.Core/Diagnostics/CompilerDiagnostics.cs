using KpiLang.Texts;

namespace KpiLang.Diagnostics;

/// <summary>
/// Every diagnostic of the language itself (syntax, names, values, imports): KPL0001–KPL0299, "L" for the language,
/// so they never look like a rule's code (KPI101–KPI199). Until 2026 they were KPL0001–KPL0299; those codes still
/// work wherever a user types one (<see cref="CompilerCodes"/>). Codes are stable: never reuse one. Each has a page
/// docs/diagnostieken/&lt;code&gt;.md. Their texts are in CompilerDiagnostics.resx (Dutch) and .en.resx (English):
/// "KPL0001.Message" and "KPL0001.Description" per code.
/// </summary>
public static partial class CompilerDiagnostics
{
    // First: the descriptors below read it while the class initialises, in the order written.
    internal static readonly TextTable Texts = new(typeof(CompilerDiagnostics));

    private static DiagnosticDescriptor Error(string code, string title) => Make(code, title, DiagnosticSeverity.Error);

    private static DiagnosticDescriptor Warning(string code, string title) => Make(code, title, DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Make(string code, string title, DiagnosticSeverity severity) =>
        new(code, title, DiagnosticCategory.Compiler, severity, Texts.Template(code + ".Message"), Texts.Text(code + ".Description"));

    // --- syntax: KPL0001–KPL0099 ------------------------------------------------------------------------

    public static readonly DiagnosticDescriptor MissingToken = Error("KPL0001", "ontbrekend-teken");

    public static readonly DiagnosticDescriptor UnexpectedToken = Error("KPL0002", "onverwacht-teken");

    public static readonly DiagnosticDescriptor UnterminatedString = Error("KPL0003", "tekst-niet-afgesloten");

    public static readonly DiagnosticDescriptor UnterminatedComment = Error("KPL0007", "commentaar-niet-afgesloten");

    public static readonly DiagnosticDescriptor UnknownCharacter = Error("KPL0004", "onbekend-teken");

    public static readonly DiagnosticDescriptor NestingTooDeep = Error("KPL0005", "te-diep-genest");

    public static readonly DiagnosticDescriptor ImportAfterMember = Error("KPL0006", "importeer-bovenaan");

    public static readonly DiagnosticDescriptor UnknownKeyword = Error("KPL0008", "onbekend-sleutelwoord");

    public static readonly DiagnosticDescriptor CapitalisedKeyword = Error("KPL0009", "sleutelwoord-hoofdletters");

    public static readonly DiagnosticDescriptor HyphenInName = Error("KPL0010", "streepje-in-naam");

    public static readonly DiagnosticDescriptor ReservedWord = Error("KPL0011", "gereserveerd-woord");

    public static readonly DiagnosticDescriptor TypographicQuotes = Error("KPL0012", "typografische-aanhalingstekens");

    public static readonly DiagnosticDescriptor MissingCloseBrace = Error("KPL0013", "accolade-ontbreekt");

    public static readonly DiagnosticDescriptor UnknownProperty = Error("KPL0014", "onbekende-eigenschap");

    // --- names and structure: KPL0100–KPL0199 -----------------------------------------------------------

    public static readonly DiagnosticDescriptor DuplicateName = Error("KPL0101", "dubbele-naam");

    public static readonly DiagnosticDescriptor UnresolvedName = Error("KPL0102", "onbekende-naam");

    public static readonly DiagnosticDescriptor WrongSymbolKind = Error("KPL0103", "verkeerde-soort");

    public static readonly DiagnosticDescriptor MemberNotAllowed = Error("KPL0104", "hoort-hier-niet");

    public static readonly DiagnosticDescriptor DuplicateProperty = Error("KPL0105", "dubbele-eigenschap");

    public static readonly DiagnosticDescriptor UnknownChoice = Error("KPL0106", "onbekende-waarde");

    public static readonly DiagnosticDescriptor InvalidDate = Error("KPL0107", "ongeldige-datum");

    public static readonly DiagnosticDescriptor PercentageOutOfRange = Error("KPL0108", "percentage-buiten-bereik");

    public static readonly DiagnosticDescriptor UnitMismatch = Error("KPL0109", "eenheid-past-niet");

    public static readonly DiagnosticDescriptor NotImported = Error("KPL0110", "niet-geimporteerd");

    public static readonly DiagnosticDescriptor InvalidScoreRange = Error("KPL0111", "ongeldige-schaal");

    public static readonly DiagnosticDescriptor ValueOutsideScale = Error("KPL0112", "buiten-schaal");

    public static readonly DiagnosticDescriptor EmptyRange = Error("KPL0113", "leeg-bereik");

    public static readonly DiagnosticDescriptor ReplacementCycle = Error("KPL0114", "vervanging-kringloop");

    public static readonly DiagnosticDescriptor MissingName = Error("KPL0115", "naam-ontbreekt");

    public static readonly DiagnosticDescriptor ReplacedTwice = Error("KPL0116", "dubbel-vervangen");

    public static readonly DiagnosticDescriptor ImplausibleYear = Error("KPL0117", "ongeldig-jaar");

    public static readonly DiagnosticDescriptor InvalidNumber = Error("KPL0118", "ongeldig-getal");

    public static readonly DiagnosticDescriptor TimeBoundReversed = Error("KPL0119", "periode-omgekeerd");

    public static readonly DiagnosticDescriptor NumberNotation = Error("KPL0120", "getal-schrijfwijze");

    public static readonly DiagnosticDescriptor PartyNotAnActor = Error("KPL0121", "geen-actor");

    public static readonly DiagnosticDescriptor MoreThanOneOwner = Error("KPL0122", "een-eigenaar");

    public static readonly DiagnosticDescriptor UnknownReplaced = Error("KPL0123", "vervangt-onbekend");

    public static readonly DiagnosticDescriptor UnknownPartOfYear = Error("KPL0124", "onbekend-deel-van-jaar");

    public static readonly DiagnosticDescriptor SchoolYearNotConsecutive = Error("KPL0125", "schooljaar");

    public static readonly DiagnosticDescriptor GroupWithoutBreakdown = Error("KPL0126", "groep-zonder-uitsplitsing");

    public static readonly DiagnosticDescriptor NormNotADuration = Error("KPL0127", "norm-geen-duur");

    public static readonly DiagnosticDescriptor RateNeedsCount = Error("KPL0128", "verhouding-soort");

    public static readonly DiagnosticDescriptor NotAProvider = Error("KPL0140", "geen-aanbieder");

    public static readonly DiagnosticDescriptor TargetOnMonitoringFigure = Error("KPL0129", "kengetal-zonder-streefwaarde");

    public static readonly DiagnosticDescriptor ForgottenComma = Error("KPL0130", "komma-vergeten");

    // --- files and imports: KPL0200–KPL0299 -------------------------------------------------------------

    public static readonly DiagnosticDescriptor ImportNotFound = Error("KPL0201", "import-niet-gevonden");

    public static readonly DiagnosticDescriptor ImportOutsideWorkspace = Error("KPL0202", "import-buiten-werkmap");

    public static readonly DiagnosticDescriptor ImportCycle = Error("KPL0203", "import-kringloop");

    public static readonly DiagnosticDescriptor ImportNotKpi = Error("KPL0204", "import-geen-kpi");

    public static readonly DiagnosticDescriptor FileUnreadable = Error("KPL0205", "bestand-onleesbaar");

    public static readonly DiagnosticDescriptor InvalidEncoding = Warning("KPL0206", "andere-codering");

    public static readonly DiagnosticDescriptor DuplicateImport = Warning("KPL0207", "dubbele-import");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(CompilerDiagnostics)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToArray();
}
