namespace KpiLang.Diagnostics;

/// <summary>
/// Every diagnostic of the language itself (syntax, names, values, imports): KPL0001–KPL0299, "L" for the language,
/// so they never look like a rule's code (KPI101–KPI199). Until 2026 they were KPL0001–KPL0299; those codes still
/// work wherever a user types one (<see cref="CompilerCodes"/>). Codes are stable: never reuse one. Each has a page
/// docs/diagnostieken/&lt;code&gt;.md.
/// </summary>
public static class CompilerDiagnostics
{
    private static DiagnosticDescriptor Error(string code, string title, string nl, string en, string descriptionNl, string descriptionEn) =>
        new(code, title, DiagnosticCategory.Compiler, DiagnosticSeverity.Error, new(nl, en), new(descriptionNl, descriptionEn));

    private static DiagnosticDescriptor Warning(string code, string title, string nl, string en, string descriptionNl, string descriptionEn) =>
        new(code, title, DiagnosticCategory.Compiler, DiagnosticSeverity.Warning, new(nl, en), new(descriptionNl, descriptionEn));

    // --- syntax: KPL0001–KPL0099 ------------------------------------------------------------------------

    public static readonly DiagnosticDescriptor MissingToken = Error("KPL0001", "ontbrekend-teken",
        "verwacht {0} na {1}", "expected {0} after {1}",
        "Er ontbreekt iets op deze plek, meestal een dubbele punt na een sleutelwoord of een afsluitende accolade.",
        "Something is missing here, usually a colon after a keyword or a closing brace.");

    public static readonly DiagnosticDescriptor UnexpectedToken = Error("KPL0002", "onverwacht-teken",
        "onverwacht {0}; verwacht {1}", "unexpected {0}; expected {1}",
        "De parser vond iets dat op deze plek niet kan staan.",
        "The parser found something that cannot stand here.");

    public static readonly DiagnosticDescriptor UnterminatedString = Error("KPL0003", "tekst-niet-afgesloten",
        "tekst zonder afsluitend aanhalingsteken; sluit af met \" op dezelfde regel",
        "text without a closing quote; close it with \" on the same line",
        "Een tekst tussen aanhalingstekens moet op dezelfde regel eindigen. Lange tekst kun je over meerdere regels verdelen met meerdere teksten achter elkaar.",
        "A quoted text must end on the same line. Split long text into several quoted parts, one per line.");

    public static readonly DiagnosticDescriptor UnterminatedComment = Error("KPL0007", "commentaar-niet-afgesloten",
        "commentaar met /* zonder afsluitende */; alles tot het einde van het bestand telt nu als commentaar",
        "comment opened with /* but never closed with */; everything up to the end of the file now counts as a comment",
        "Een blokcommentaar loopt van /* tot */. Zonder */ verdwijnt de rest van het bestand in het commentaar, zonder dat het gecontroleerd wordt.",
        "A block comment runs from /* to */. Without */ the rest of the file disappears into the comment and is not checked.");

    public static readonly DiagnosticDescriptor UnknownCharacter = Error("KPL0004", "onbekend-teken",
        "'{0}' hoort niet in een .kpi-bestand; zet tekst tussen aanhalingstekens of haal het weg",
        "'{0}' does not belong in a .kpi file; put text between quotes or remove it",
        "Buiten aanhalingstekens en commentaar zijn alleen namen, getallen, datums en leestekens van de taal toegestaan.",
        "Outside quotes and comments only names, numbers, dates and the language's punctuation are allowed.");

    public static readonly DiagnosticDescriptor NestingTooDeep = Error("KPL0005", "te-diep-genest",
        "de blokken zijn meer dan {0} niveaus diep genest; vereenvoudig de structuur",
        "blocks are nested more than {0} levels deep; simplify the structure",
        "Zo diep geneste doelen zijn niet te overzien en worden niet verwerkt.",
        "Goals nested this deeply cannot be overseen and are not processed.");

    public static readonly DiagnosticDescriptor ImportAfterMember = Error("KPL0006", "importeer-bovenaan",
        "'importeer' moet bovenaan het bestand staan, vóór de declaraties",
        "'importeer' must be at the top of the file, before the declarations",
        "Imports staan bovenaan zodat in één oogopslag te zien is waar een bestand van afhangt.",
        "Imports come first so a reader sees at once what a file depends on.");

    public static readonly DiagnosticDescriptor UnknownKeyword = Error("KPL0008", "onbekend-sleutelwoord",
        "onbekend sleutelwoord '{0}'; bedoel je '{1}'?",
        "unknown keyword '{0}'; did you mean '{1}'?",
        "Op deze plek staat een sleutelwoord: aan het begin van een declaratie (doel, indicator, …) of vóór een dubbele punt (eigenaar:, frequentie:, …). Dit woord is er geen, maar lijkt er wel op. De compiler leest het als het bedoelde sleutelwoord, zodat de rest van het blok gewoon gecontroleerd wordt.",
        "A keyword stands here: at the start of a declaration (doel, indicator, …) or before a colon (eigenaar:, frequentie:, …). This word is none, but close to one. The compiler reads it as the keyword meant, so the rest of the block is still checked.");

    public static readonly DiagnosticDescriptor CapitalisedKeyword = Error("KPL0009", "sleutelwoord-hoofdletters",
        "sleutelwoorden schrijf je met kleine letters; bedoel je '{0}'?",
        "keywords are written in lower case; did you mean '{0}'?",
        "Sleutelwoorden zijn Nederlands en klein geschreven: doel, indicator, eigenaar. De compiler leest een sleutelwoord met hoofdletters als het bedoelde, zodat de rest van het blok gewoon gecontroleerd wordt.",
        "Keywords are Dutch and lower case: doel, indicator, eigenaar. The compiler reads a keyword with capitals as the one meant, so the rest of the block is still checked.");

    public static readonly DiagnosticDescriptor HyphenInName = Error("KPL0010", "streepje-in-naam",
        "gebruik _ in namen: {0}",
        "use _ in names: {0}",
        "Een naam bestaat uit letters, cijfers en _. Een streepje (-) is in de taal een min, dus 'bijstand-totaal' zou twee namen zijn; schrijf 'bijstand_totaal'.",
        "A name consists of letters, digits and _. A hyphen (-) is a minus in the language, so 'bijstand-totaal' would be two names; write 'bijstand_totaal'.");

    public static readonly DiagnosticDescriptor ReservedWord = Error("KPL0011", "gereserveerd-woord",
        "'{0}' is een gereserveerd woord; kies bijvoorbeeld '{1}'",
        "'{0}' is a reserved word; choose for example '{1}'",
        "Woorden die binnen een waarde iets betekenen (als, per, in, minimaal, tussen, …) kunnen geen naam zijn: waar de naam in een waarde staat, kan de compiler hem niet van het sleutelwoord onderscheiden. Eigenschappen en soorten declaraties (bron, doelgroep, scope, …) mogen wél een naam zijn.",
        "Words that mean something inside a value (als, per, in, minimaal, tussen, …) cannot be a name: where the name stands in a value, the compiler cannot tell it from the keyword. Property keys and kinds of declaration (bron, doelgroep, scope, …) may be names.");

    public static readonly DiagnosticDescriptor TypographicQuotes = Error("KPL0012", "typografische-aanhalingstekens",
        "gebruik rechte aanhalingstekens (\"…\") in plaats van {0}",
        "use straight quotes (\"…\") instead of {0}",
        "Een tekstverwerker maakt van \" typografische aanhalingstekens (“…”, „…”). Een tekst in de taal staat tussen rechte aanhalingstekens; de compiler leest de tekst toch, zodat de declaratie gewoon gecontroleerd wordt.",
        "A word processor turns \" into typographic quotes (“…”, „…”). A text in the language stands between straight quotes; the compiler reads the text anyway, so the declaration is still checked.");

    public static readonly DiagnosticDescriptor MissingCloseBrace = Error("KPL0013", "accolade-ontbreekt",
        "het blok van {0} (regel {1}) mist hier zijn '}}'",
        "the block of {0} (line {1}) lacks its '}}' here",
        "Elk blok dat met { begint, eindigt met }. Ontbreekt er een, dan wijst de inspringing aan waar: de volgende declaratie die even ver of minder ver inspringt dan het blok, staat er niet meer in. Zo wordt het volgende doel geen subdoel.",
        "Every block that starts with { ends with }. When one is missing, the indentation shows where: the next declaration indented as far as the block or less is no longer in it. So the next goal does not become a sub-goal.");

    // --- names and structure: KPL0100–KPL0199 -----------------------------------------------------------

    public static readonly DiagnosticDescriptor DuplicateName = Error("KPL0101", "dubbele-naam",
        "de naam '{0}' is al gebruikt voor {1}; kies een andere naam",
        "the name '{0}' is already used for {1}; choose another name",
        "Elke actor, doel, inspanning en indicator heeft een naam die in de hele specificatie uniek is, zodat verwijzingen en de database eenduidig zijn.",
        "Every actor, goal, effort and indicator has a name that is unique across the specification, so references and the database are unambiguous.");

    public static readonly DiagnosticDescriptor UnresolvedName = Error("KPL0102", "onbekende-naam",
        "'{0}' is niet gedeclareerd; verwacht {1}{2}",
        "'{0}' is not declared; expected {1}{2}",
        "Een verwijzing moet naar een gedeclareerde naam wijzen. Controleer de spelling of declareer de naam.",
        "A reference must point to a declared name. Check the spelling or declare the name.");

    public static readonly DiagnosticDescriptor WrongSymbolKind = Error("KPL0103", "verkeerde-soort",
        "'{0}' is {1}, maar hier wordt {2} verwacht",
        "'{0}' is {1}, but {2} is expected here",
        "Een verwijzing wijst naar iets van de verkeerde soort, bijvoorbeeld een doel waar een actor hoort.",
        "A reference points to the wrong kind of thing, such as a goal where an actor belongs.");

    public static readonly DiagnosticDescriptor MemberNotAllowed = Error("KPL0104", "hoort-hier-niet",
        "{0} hoort niet in {1}; toegestaan zijn: {2}",
        "{0} does not belong in {1}; allowed are: {2}",
        "Elke declaratie kent een vaste set eigenschappen en onderdelen.",
        "Every declaration has a fixed set of properties and parts.");

    public static readonly DiagnosticDescriptor DuplicateProperty = Error("KPL0105", "dubbele-eigenschap",
        "'{0}' staat hier al eerder; geef het één keer op",
        "'{0}' was already given here; give it once",
        "Deze eigenschap mag één keer per declaratie voorkomen.",
        "This property may appear once per declaration.");

    public static readonly DiagnosticDescriptor UnknownChoice = Error("KPL0106", "onbekende-waarde",
        "'{0}' is geen geldige waarde voor '{1}'; {2}",
        "'{0}' is not a valid value for '{1}'; {2}",
        "Sommige eigenschappen kennen een vaste lijst woorden (laag, niveau, soort, methode, richting, frequentie, periode).",
        "Some properties take a word from a fixed list (layer, level, kind, method, direction, frequency, period).");

    public static readonly DiagnosticDescriptor InvalidDate = Error("KPL0107", "ongeldige-datum",
        "'{0}' is geen bestaande datum; schrijf jjjj-mm-dd",
        "'{0}' is not a valid date; write yyyy-mm-dd",
        "Datums worden geschreven als jaar-maand-dag, bijvoorbeeld 2025-12-01.",
        "Dates are written as year-month-day, for example 2025-12-01.");

    public static readonly DiagnosticDescriptor PercentageOutOfRange = Error("KPL0108", "percentage-buiten-bereik",
        "{0} % ligt buiten 0–100 %",
        "{0} % is outside 0–100 %",
        "Een percentage ligt tussen 0 en 100.",
        "A percentage lies between 0 and 100.");

    public static readonly DiagnosticDescriptor UnitMismatch = Error("KPL0109", "eenheid-past-niet",
        "de eenheid '{0}' past niet bij indicator '{1}' met eenheid '{2}'",
        "the unit '{0}' does not fit indicator '{1}' with unit '{2}'",
        "Nulmeting en streefwaarden gebruiken dezelfde eenheid als de indicator.",
        "Baselines and targets use the same unit as their indicator.");

    public static readonly DiagnosticDescriptor NotImported = Error("KPL0110", "niet-geimporteerd",
        "'{0}' staat in {1}, dat dit bestand niet importeert; voeg 'importeer \"{2}\"' toe",
        "'{0}' is declared in {1}, which this file does not import; add 'importeer \"{2}\"'",
        "Bestanden die via importeer met elkaar verbonden zijn (in welke richting ook) vormen samen één specificatie en zien elkaars namen. Een naam uit een los bestand is pas te gebruiken na een importeer.",
        "Files joined by imports (in either direction) form one specification and see each other's names. A name from an unconnected file can be used only after an import.");

    public static readonly DiagnosticDescriptor InvalidScoreRange = Error("KPL0111", "ongeldige-schaal",
        "de schaal {0}..{1} is leeg; de ondergrens moet kleiner zijn dan de bovengrens",
        "the scale {0}..{1} is empty; the lower bound must be below the upper bound",
        "Een score heeft een schaal van laag naar hoog, bijvoorbeeld score 1..10.",
        "A score has a scale from low to high, for example score 1..10.");

    public static readonly DiagnosticDescriptor ValueOutsideScale = Error("KPL0112", "buiten-schaal",
        "{0} ligt buiten de schaal {1}..{2} van deze indicator",
        "{0} is outside this indicator's scale {1}..{2}",
        "Nulmeting en streefwaarden van een score liggen op de schaal van de indicator.",
        "Baselines and targets of a score lie on the indicator's scale.");

    public static readonly DiagnosticDescriptor EmptyRange = Error("KPL0113", "leeg-bereik",
        "'tussen {0} en {1}' is leeg; zet de kleinste waarde eerst",
        "'tussen {0} and {1}' is empty; put the smaller value first",
        "Bij 'tussen' komt eerst de ondergrens, dan de bovengrens.",
        "With 'tussen' the lower bound comes first, then the upper bound.");

    public static readonly DiagnosticDescriptor ReplacementCycle = Error("KPL0114", "vervanging-kringloop",
        "indicator '{0}' vervangt via {1} uiteindelijk zichzelf",
        "indicator '{0}' ends up replacing itself via {1}",
        "Vervanging legt de geschiedenis vast van oud naar nieuw; een kringloop maakt die geschiedenis onleesbaar.",
        "Replacement records history from old to new; a cycle makes that history unreadable.");

    public static readonly DiagnosticDescriptor MissingName = Error("KPL0115", "naam-ontbreekt",
        "{0} heeft een naam nodig, bijvoorbeeld '{1} mijn_naam \"Titel\"'",
        "{0} needs a name, for example '{1} my_name \"Title\"'",
        "Elke declaratie heeft een naam waarmee je ernaar verwijst.",
        "Every declaration has a name to refer to it by.");

    public static readonly DiagnosticDescriptor ReplacedTwice = Error("KPL0116", "dubbel-vervangen",
        "indicator '{0}' wordt al vervangen door '{1}'; een indicator heeft één opvolger",
        "indicator '{0}' is already replaced by '{1}'; an indicator has one successor",
        "Een indicator kan maar door één nieuwe indicator vervangen worden.",
        "An indicator can be replaced by one new indicator only.");

    public static readonly DiagnosticDescriptor ImplausibleYear = Error("KPL0117", "ongeldig-jaar",
        "'{0}' is geen jaartal; schrijf vier cijfers, bijvoorbeeld 2025",
        "'{0}' is not a year; write four digits, for example 2025",
        "Jaartallen bestaan uit vier cijfers.",
        "Years have four digits.");

    public static readonly DiagnosticDescriptor InvalidNumber = Error("KPL0118", "ongeldig-getal",
        "'{0}' is hier geen geldig getal: {1}",
        "'{0}' is not a valid number here: {1}",
        "Aantallen zijn hele, niet-negatieve getallen.",
        "Counts are whole, non-negative numbers.");

    public static readonly DiagnosticDescriptor TimeBoundReversed = Error("KPL0119", "periode-omgekeerd",
        "de periode van {0} tot {1} loopt achteruit; zet het begin eerst",
        "the period from {0} to {1} runs backwards; put the start first",
        "Een periode begint vóór hij eindigt.",
        "A period starts before it ends.");

    public static readonly DiagnosticDescriptor NumberNotation = Error("KPL0120", "getal-schrijfwijze",
        "'{0}' is geen getal in Nederlandse schrijfwijze: {1}",
        "'{0}' is not a number in Dutch notation: {1}",
        "Getallen worden geschreven zoals in Nederlandse tabellen: de komma is het decimaalteken (64,3) en een punt scheidt duizendtallen in groepen van drie (2.900, 4.000.000). Een punt die geen duizendtallen scheidt (7.5) is dus een fout en geen 7,5: de compiler raadt nooit wat bedoeld is.",
        "Numbers are written as in Dutch tables: the comma is the decimal sign (64,3) and a point separates thousands in groups of three (2.900, 4.000.000). A point that does not separate thousands (7.5) is therefore an error, not 7,5: the compiler never guesses what was meant.");

    public static readonly DiagnosticDescriptor PartyNotAnActor = Error("KPL0121", "geen-actor",
        "\"{0}\" is geen gedeclareerde actor; {1}",
        "\"{0}\" is not a declared actor; {1}",
        "Een eigenaar of betrokkene is een actor, zodat vastligt wat hij kan beïnvloeden en op welk niveau hij werkt. Een partij tussen aanhalingstekens is geen actor; declareer hem en verwijs naar zijn naam. (Alleen netwerkpartners mogen tussen aanhalingstekens.)",
        "An owner or someone involved is an actor, so that what they can influence and the level they work at are on record. A party in quotes is not an actor; declare it and refer to its name. (Only network partners may be written in quotes.)");

    public static readonly DiagnosticDescriptor MoreThanOneOwner = Error("KPL0122", "een-eigenaar",
        "{0} heeft één eigenaar ('{1}'); zet {2} bij 'betrokken:'",
        "{0} has one owner ('{1}'); move {2} to 'betrokken:'",
        "De methode vraagt per KPI één eigenaar die erop aanspreekbaar is en er echt invloed op heeft. Wie verder meedoet, staat bij 'betrokken:'. Alleen de eerste naam zou anders als eigenaar gelden en de rest zou stil verdwijnen.",
        "The method asks for one owner per KPI who is accountable and can really influence it. Others who take part go to 'betrokken:'. Otherwise only the first name would count as owner and the rest would silently disappear.");

    public static readonly DiagnosticDescriptor UnknownReplaced = Error("KPL0123", "vervangt-onbekend",
        "'{0}' is geen indicator van deze specificatie of van de database{1}; 'vervangt:' noemt de indicator die deze opvolgt",
        "'{0}' is not an indicator of this specification or of the database{1}; 'vervangt:' names the indicator this one succeeds",
        "Een vervanging legt geschiedenis vast: de oude indicator staat nog in de specificatie, of is gearchiveerd in de database waarin gebouwd wordt (kpic build). Een naam die nergens bestaat is een tikfout en zou een geschiedenisregel opleveren die nergens naar wijst.",
        "A replacement records history: the old indicator is still in the specification, or archived in the database being built (kpic build). A name that exists nowhere is a typo and would leave a history row that points at nothing.");

    public static readonly DiagnosticDescriptor UnknownPartOfYear = Error("KPL0124", "onbekend-deel-van-jaar",
        "'{0}' is geen maand of kwartaal; schrijf bijvoorbeeld 'in juli 2026' of 'in Q3 2026'",
        "'{0}' is not a month or quarter; write for example 'in juli 2026' or 'in Q3 2026'",
        "Een termijn binnen een jaar noemt een maand (januari … december) of een kwartaal (Q1 … Q4), gevolgd door het jaar.",
        "A term within a year names a month (januari … december) or a quarter (Q1 … Q4), followed by the year.");

    public static readonly DiagnosticDescriptor SchoolYearNotConsecutive = Error("KPL0125", "schooljaar",
        "een schooljaar loopt over twee opeenvolgende jaren; '{0}-{1}' doet dat niet",
        "a school year spans two consecutive years; '{0}-{1}' does not",
        "Een schooljaar loopt van 1 augustus tot en met 31 juli: schooljaar 2025-2026.",
        "A school year runs from 1 August to 31 July: schooljaar 2025-2026.");

    public static readonly DiagnosticDescriptor GroupWithoutBreakdown = Error("KPL0126", "groep-zonder-uitsplitsing",
        "een streefwaarde 'voor {0}' vraagt om een uitsplitsing; zet 'uitsplitsing:' met de dimensie waarvan '{0}' een waarde is",
        "a target 'voor {0}' needs a breakdown; add 'uitsplitsing:' with the dimension '{0}' is a value of",
        "Een streefwaarde per groep ('minimaal 60 % voor jongeren') hoort bij een indicator die uitgesplitst wordt (uitsplitsing: doelgroep), zodat metingen per groep met de juiste streefwaarde vergeleken worden.",
        "A target per group ('minimaal 60 % voor jongeren') belongs to an indicator that is broken down (uitsplitsing: doelgroep), so measurements per group are compared with the right target.");

    public static readonly DiagnosticDescriptor NormNotADuration = Error("KPL0127", "norm-geen-duur",
        "een norm noemt een duur, zoals 'binnen 8 weken' of 'binnen 20 werkdagen'; '{0}' is geen duur",
        "a norm names a duration, such as 'binnen 8 weken' or 'binnen 20 werkdagen'; '{0}' is not a duration",
        "Een servicenorm zegt binnen hoeveel tijd een zaak is afgehandeld: seconden, minuten, uren, werkdagen, (kalender)dagen, weken of maanden.",
        "A service norm says within how long a case is handled: seconds, minutes, hours, working days, (calendar) days, weeks or months.");

    public static readonly DiagnosticDescriptor RateNeedsCount = Error("KPL0128", "verhouding-soort",
        "'per {0}' past bij een aantal of een bedrag, niet bij soort '{1}'",
        "'per {0}' fits a count or an amount, not kind '{1}'",
        "Een verhouding ('aantal per 1.000 inwoners', 'bedrag per inwoner') telt iets per eenheid van een populatie; een percentage of score is al een verhouding.",
        "A rate ('aantal per 1.000 inwoners', 'bedrag per inwoner') counts something per unit of a population; a percentage or score already is a ratio.");

    public static readonly DiagnosticDescriptor NotAProvider = Error("KPL0140", "geen-aanbieder",
        "'{0}' is geen aanbieder; bij 'aanbieders:' horen actoren met 'soort: aanbieder'",
        "'{0}' is not a provider; 'aanbieders:' lists actors with 'soort: aanbieder'",
        "'aanbieders:' zegt welke aanbieders de metingen van een indicator leveren. Elke meting in de database hoort bij zo'n aanbieder, en met rijbeveiliging (kpic roles) leest en schrijft elke aanbieder alleen zijn eigen metingen; daarom moet elke genoemde actor echt een aanbieder zijn.",
        "'aanbieders:' says which providers deliver an indicator's measurements. Every measurement in the database belongs to such a provider, and with row-level security (kpic roles) each provider reads and writes only its own; so every actor named must really be a provider.");

    public static readonly DiagnosticDescriptor TargetOnMonitoringFigure = Error("KPL0129", "kengetal-zonder-streefwaarde",
        "kengetal '{0}' heeft geen streefwaarde; maak er een 'indicator' van als er een doel bij hoort",
        "monitoring figure '{0}' has no target; make it an 'indicator' if there is a goal to reach",
        "Een kengetal (signaalindicator) volg je bewust zonder streefwaarde: het geeft context en signalen. Wie er een streefwaarde aan hangt, bedoelt een indicator, die dan ook SMART beoordeeld wordt.",
        "A monitoring figure is followed on purpose without a target: it gives context and signals. Whoever sets a target on it means an indicator, which is then judged SMART too.");

    public static readonly DiagnosticDescriptor ForgottenComma = Error("KPL0130", "komma-vergeten",
        "'{0}' is {1}, geen frequentie; komma vergeten? Schrijf '{2}, {0}'",
        "'{0}' is {1}, not a frequency; comma forgotten? Write '{2}, {0}'",
        "Na een actor bij invoer, inzage, rapportage of bespreking mag een frequentie staan (team maandelijks). Staat er de naam van een andere actor, dan ontbreekt waarschijnlijk de komma tussen de twee.",
        "After an actor in invoer, inzage, rapportage or bespreking a frequency may follow (team maandelijks). When another actor's name follows, the comma between the two is probably missing.");

    // --- files and imports: KPL0200–KPL0299 -------------------------------------------------------------

    public static readonly DiagnosticDescriptor ImportNotFound = Error("KPL0201", "import-niet-gevonden",
        "het bestand '{0}' bestaat niet (gezocht op {1})",
        "the file '{0}' does not exist (looked for {1})",
        "Een importeer-pad is relatief ten opzichte van het bestand dat importeert.",
        "An import path is relative to the importing file.");

    public static readonly DiagnosticDescriptor ImportOutsideWorkspace = Error("KPL0202", "import-buiten-werkmap",
        "'{0}' ligt buiten de werkmap {1}; alleen bestanden binnen de werkmap worden gelezen. {2}",
        "'{0}' lies outside the workspace {1}; only files inside the workspace are read. {2}",
        "Om te voorkomen dat een specificatie willekeurige bestanden leest, volgt de compiler alleen imports binnen de werkmap. "
        + "De werkmap is de map die alle gegeven bestanden en mappen bevat; wie één bestand controleert dat uit een buurmap "
        + "importeert, controleert dus de bovenliggende map, of geeft die op met --root.",
        "So that a specification cannot read arbitrary files, the compiler only follows imports inside the workspace. "
        + "The workspace is the folder that holds every file and folder given; to check one file that imports from a "
        + "neighbouring folder, check the parent folder, or name it with --root.");

    public static readonly DiagnosticDescriptor ImportCycle = Error("KPL0203", "import-kringloop",
        "importkringloop: {0}",
        "import cycle: {0}",
        "Bestanden mogen elkaar niet in een kring importeren; zet gedeelde declaraties in een eigen bestand.",
        "Files may not import each other in a circle; move shared declarations into a file of their own.");

    public static readonly DiagnosticDescriptor ImportNotKpi = Error("KPL0204", "import-geen-kpi",
        "'{0}' is geen .kpi-bestand",
        "'{0}' is not a .kpi file",
        "Alleen .kpi-bestanden kunnen geïmporteerd worden.",
        "Only .kpi files can be imported.");

    public static readonly DiagnosticDescriptor FileUnreadable = Error("KPL0205", "bestand-onleesbaar",
        "het bestand kan niet gelezen worden: {0}",
        "the file cannot be read: {0}",
        "Controleer of het bestand bestaat, leesbaar is en UTF-8-tekst bevat.",
        "Check that the file exists, is readable and holds UTF-8 text.");

    public static readonly DiagnosticDescriptor InvalidEncoding = Warning("KPL0206", "andere-codering",
        "het bestand is opgeslagen als {0} en zo gelezen; sla het op als UTF-8",
        "the file is saved as {0} and was read as such; save it as UTF-8",
        "Een .kpi-bestand hoort UTF-8 te zijn. Een bestand in UTF-16 of Windows-1252 (\"ANSI\" in Kladblok) wordt teken voor teken omgezet, zodat er niets verloren gaat, met deze melding; bytes die in geen van die coderingen passen maken het bestand onleesbaar (KPL0205), met het regelnummer.",
        "A .kpi file should be UTF-8. A file in UTF-16 or Windows-1252 (\"ANSI\" in Notepad) is converted character by character, so nothing is lost, with this notice; bytes that fit none of these make the file unreadable (KPL0205), naming the line.");

    public static readonly DiagnosticDescriptor DuplicateImport = Warning("KPL0207", "dubbele-import",
        "'{0}' wordt al geïmporteerd",
        "'{0}' is already imported",
        "Een bestand hoeft maar één keer geïmporteerd te worden.",
        "A file needs to be imported only once.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(CompilerDiagnostics)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Code, StringComparer.Ordinal)
        .ToArray();
}
