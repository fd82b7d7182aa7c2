using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;

namespace KpiLang.Syntax;

/// <summary>
/// Which property a <c>sleutel: waarde</c> line sets: the name the binder, the rules and the schema writer use. It is
/// declared beside its rows in <see cref="Keywords"/>, so a new property is written down in one file.
/// </summary>
public enum PropertyKey
{
    Missie, Visie, Dienst, Doelgroep, Effect, Omschrijving, Toelichting, Definitie, Bron, Bekostiging, Disclaimer,
    Niveau, Laag, Methode, Richting, Soort, Eenheid,
    Eigenaar, Betrokken, Beinvloedt, Partners, Uitsplitsing, GekoppeldAan, AfgesprokenMet,
    Frequentie, Invoer, Inzage, Bespreking, Rapportage, Verhaal, Nulmeting, Streefwaarde, Acceptatiecriteria, Herijking, Vervangt,
    Code, Raming, Norm, Aanbieders,
}

/// <summary>
/// The keyword table: the one place a keyword is spelled. Each row says what token a word becomes, what it means,
/// where it is allowed, how hover and completion explain it and how the editor colours it. The lexer makes every
/// word a name; <see cref="Repairs.KeywordClassifier"/> reads this table to make a word a keyword where it stands in
/// keyword position. <see cref="Semantics.Placement"/>, the completion lists, the hover and the TextMate grammar (held
/// to it by a test) all read it. docs/ARCHITECTURE.md says what else a new property needs.
/// </summary>
public static class Keywords
{
    public static ImmutableArray<Keyword> All { get; } =
    [
        Import("importeer", new("neemt de declaraties van een ander .kpi-bestand over (bijvoorbeeld gedeelde actoren).",
            "takes the declarations of another .kpi file (shared actors, say).")),


        // --- declarations: keyword name "Titel" { … }
        Declaration("organisatie", DeclarationKind.Organisation, Places.File, new("de organisatie, met haar missie en visie.",
            "the organisation, with its mission and vision.")),
        Declaration("scope", DeclarationKind.Scope, Places.File, new("een dienst voor een doelgroep met een gewenst effect (SWN-model).",
            "a service for a target group with a desired effect (SWN model).")),
        Declaration("actor", DeclarationKind.Actor, Places.File, new("een persoon, rol, team of orgaan: wie eigenaar is, invoert, bespreekt en waarop die invloed heeft.",
            "a person, role, team or body: who owns, enters, discusses, and what they can influence.")),
        Declaration("doel", DeclarationKind.Goal, Places.File | Places.Scope | Places.Goal, new("een doel; doelen kunnen genest worden (strategisch doel → teamdoel).",
            "a goal; goals nest (strategic goal → team goal).")),
        Declaration("inspanning", DeclarationKind.Effort, Places.Goal, new("een concrete activiteit onder een doel, met netwerkpartners (DIN-model).",
            "a concrete activity under a goal, with network partners (DIN model).")),
        Declaration("indicator", DeclarationKind.Indicator, Places.File | Places.Scope | Places.Goal | Places.Effort, new("een KPI: wat gemeten wordt, door wie, hoe vaak, met nulmeting en streefwaarden.",
            "a KPI: what is measured, by whom, how often, with baseline and targets.")),
        Declaration("kengetal", DeclarationKind.Indicator, Places.File | Places.Scope | Places.Goal | Places.Effort, new("een kengetal (signaalindicator): bewust gevolgd zonder streefwaarde, voor context en signalen.",
            "a monitoring figure: followed on purpose without a target, for context and signals."), monitoringFigure: true),

        // --- property keys: key: value
        Property("missie", PropertyKey.Missie, PropertyForm.Text, Places.Organisation, new("waarom de organisatie bestaat.",
            "why the organisation exists.")),
        Property("visie", PropertyKey.Visie, PropertyForm.Text, Places.Organisation, new("waar de organisatie naartoe wil.",
            "where the organisation wants to go.")),
        Property("dienst", PropertyKey.Dienst, PropertyForm.Text, Places.Scope, new("de dienst van de scope.",
            "the service of the scope.")),
        Property("doelgroep", PropertyKey.Doelgroep, PropertyForm.Text, Places.Scope, new("voor wie de dienst is.",
            "who the service is for.")),
        Property("effect", PropertyKey.Effect, PropertyForm.Text, Places.Scope, new("het gewenste effect voor de doelgroep.",
            "the desired effect for the target group.")),
        Property("omschrijving", PropertyKey.Omschrijving, PropertyForm.Text, Places.Organisation | Places.Scope | Places.Actor | Places.Goal | Places.Effort | Places.Indicator, new("wat de declaratie concreet betekent, in vrije tekst.",
            "what the declaration means in practice, in free text.")),
        Property("toelichting", PropertyKey.Toelichting, PropertyForm.Text, Places.Organisation | Places.Scope | Places.Actor | Places.Goal | Places.Effort | Places.Indicator | Places.Target, new("een toelichting in vrije tekst: keuzes, afspraken, beperkingen.",
            "an explanation in free text: choices, agreements, limits.")),
        Property("definitie", PropertyKey.Definitie, PropertyForm.Text, Places.Indicator, new("precies wat er geteld of gemeten wordt (de S van SMART).",
            "exactly what is counted or measured (the S of SMART).")),
        Property("code", PropertyKey.Code, PropertyForm.Text, Places.Indicator, new("de code van een standaardindicator (BBV, CBS, Waarstaatjegemeente).",
            "the code of a standard indicator (BBV, CBS, Waarstaatjegemeente).")),
        Property("bron", PropertyKey.Bron, PropertyForm.Text, Places.Indicator, new("waar de gegevens vandaan komen.",
            "where the data come from.")),
        Property("bekostiging", PropertyKey.Bekostiging, PropertyForm.Text, Places.Indicator, new("een geldstroom die aan de indicator hangt (let op Goodhart: perverse prikkels).",
            "a funding tie (beware Goodhart: perverse incentives).")),
        Property("disclaimer", PropertyKey.Disclaimer, PropertyForm.Text, Places.Target, new("waarom de streefwaarde geen afrekennorm is (bijv. afhankelijk van maatschappelijke ontwikkelingen).",
            "why the target is not a norm to settle accounts (it depends on society, say).")),
        Property("niveau", PropertyKey.Niveau, PropertyForm.Choice, Places.Actor | Places.Goal, new("uitvoering, tactisch of strategisch.",
            "operational, tactical or strategic.")),
        Property("laag", PropertyKey.Laag, PropertyForm.Choice, Places.Indicator, new("impact (uitkomst), activiteit (output) of kwaliteit.",
            "impact (outcome), activity (output) or quality.")),
        Property("methode", PropertyKey.Methode, PropertyForm.Choice, Places.Indicator, new("hoe er gemeten wordt: registratie, enquête, steekproef…",
            "how it is measured: registration, survey, sample…")),
        Property("richting", PropertyKey.Richting, PropertyForm.Choice, Places.Indicator, new("of hoger of lager beter is.",
            "whether higher or lower is better.")),
        Property("soort", PropertyKey.Soort, PropertyForm.Kind, Places.Actor | Places.Indicator, new("aantal, percentage, score, bedrag, duur, ja/nee of kwalitatief.",
            "count, percentage, score, amount, duration, yes/no or qualitative.")),
        Property("eenheid", PropertyKey.Eenheid, PropertyForm.Unit, Places.Indicator, new("de eenheid van de waarden.",
            "the unit of the values.")),
        Property("eigenaar", PropertyKey.Eigenaar, PropertyForm.References, Places.Scope | Places.Goal | Places.Effort | Places.Indicator, new("de actor die verantwoordelijk is en er echt invloed op heeft.",
            "the actor who is responsible and can really influence it.")),
        Property("betrokken", PropertyKey.Betrokken, PropertyForm.References, Places.Scope | Places.Goal | Places.Effort | Places.Indicator, new("de actoren die verder meedoen, naast de ene eigenaar.",
            "the actors who take part besides the one owner.")),
        Property("beïnvloedt", PropertyKey.Beinvloedt, PropertyForm.References, Places.Actor, new("de doelen, inspanningen of indicatoren waarop deze actor echt invloed heeft.",
            "the goals, efforts or indicators this actor can really influence."), also: ["beinvloedt"]),
        Property("partners", PropertyKey.Partners, PropertyForm.References, Places.Effort, new("de netwerkpartners van een inspanning (DIN-model).",
            "the network partners of an effort (DIN model).")),
        Property("uitsplitsing", PropertyKey.Uitsplitsing, PropertyForm.References, Places.Indicator, new("per wat de waarden worden uitgesplitst (wijk, aanbieder, team…).",
            "what the values are broken down by (district, provider, team…).")),
        Property("aanbieders", PropertyKey.Aanbieders, PropertyForm.References, Places.Indicator, new("de aanbieders (actoren met 'soort: aanbieder') die de metingen van deze indicator leveren; elke meting hoort bij één van hen.",
            "the providers (actors with 'soort: aanbieder') that deliver this indicator's measurements; each measurement belongs to one of them.")),
        Property("gekoppeld aan", PropertyKey.GekoppeldAan, PropertyForm.References, Places.Indicator, new("verbindt een impactindicator met activiteit- of kwaliteitsindicatoren.",
            "links an impact indicator to activity or quality indicators.")),
        Property("afgesproken met", PropertyKey.AfgesprokenMet, PropertyForm.References, Places.Target, new("met wie de streefwaarde is afgesproken.",
            "who the target was agreed with.")),
        Property("frequentie", PropertyKey.Frequentie, PropertyForm.Frequency, Places.Indicator, new("hoe vaak er gemeten wordt.",
            "how often it is measured.")),
        Property("invoer", PropertyKey.Invoer, PropertyForm.Audience, Places.Indicator, new("wie de waarden invoert, en hoe vaak.",
            "who enters the values, and how often.")),
        Property("inzage", PropertyKey.Inzage, PropertyForm.Audience, Places.Indicator, new("wie de waarden bekijkt, en hoe vaak.",
            "who views the values, and how often.")),
        Property("rapportage", PropertyKey.Rapportage, PropertyForm.Audience, Places.Indicator, new("wie erover rapporteert, en hoe vaak.",
            "who reports on it, and how often.")),
        Property("bespreking", PropertyKey.Bespreking, PropertyForm.Audience, Places.Goal | Places.Indicator, new("wie de indicator bespreekt en er acties aan koppelt, en hoe vaak.",
            "who discusses the indicator and acts on it, and how often.")),
        Property("verhaal", PropertyKey.Verhaal, PropertyForm.Story, Places.Effort, new("een user story: \"Als … wil ik inzicht in … zodat …\".",
            "a user story: \"As … I want insight into … so that …\"."), repeatable: true),
        Property("nulmeting", PropertyKey.Nulmeting, PropertyForm.Baseline, Places.Indicator, new("de beginsituatie: waarde en datum van de eerste meting.",
            "the baseline: value and date of the first measurement.")),
        Property("streefwaarde", PropertyKey.Streefwaarde, PropertyForm.Target, Places.Indicator, new("de waarde die men wil bereiken, met termijn en disclaimer.",
            "the value to reach, with deadline and disclaimer."), repeatable: true),
        Property("raming", PropertyKey.Raming, PropertyForm.Forecast, Places.Indicator, new("een raming of begrote waarde (een begrotingskolom); geen streefwaarde.",
            "a forecast or budgeted value (a budget column); not a target."), repeatable: true),
        Property("norm", PropertyKey.Norm, PropertyForm.Norm, Places.Indicator, new("de servicenorm per zaak, zoals 'binnen 8 weken': de indicator is dan het deel van de zaken dat hem haalt.",
            "the service norm per case, such as 'binnen 8 weken': the indicator is then the share of cases that meets it.")),
        Property("acceptatiecriteria", PropertyKey.Acceptatiecriteria, PropertyForm.Acceptance, Places.Goal | Places.Effort | Places.Indicator, new("een bewust niet-SMART alternatief voor streefwaarden (opgavegericht werken).",
            "a deliberately non-SMART alternative to targets (mission-driven work).")),
        Property("herijking", PropertyKey.Herijking, PropertyForm.Review, Places.Organisation | Places.Scope | Places.Goal | Places.Indicator, new("hoe vaak de KPI's herijkt worden, door wie, en wanneer weer.",
            "how often the KPIs are recalibrated, by whom, and when next.")),
        Property("vervangt", PropertyKey.Vervangt, PropertyForm.Replacement, Places.Indicator, new("deze indicator vervangt een eerdere, met de reden; de historie blijft bewaard.",
            "this indicator replaces an earlier one, with the reason; history is kept.")),

        // --- words inside values; reserved unless mayBeName (KpiParser.g4's identifier rule)
        Word("als", SyntaxKind.AlsKeyword, KpiParser.ALS, TextMateScopes.Story),
        Word("wil", SyntaxKind.WilKeyword, KpiParser.WIL, TextMateScopes.Story),
        Word("willen", SyntaxKind.WillenKeyword, KpiParser.WILLEN, TextMateScopes.Story),
        Word("ik", SyntaxKind.IkKeyword, KpiParser.IK, TextMateScopes.Story),
        Word("we", SyntaxKind.WeKeyword, KpiParser.WE, TextMateScopes.Story),
        Word("inzicht", SyntaxKind.InzichtKeyword, KpiParser.INZICHT, TextMateScopes.Story, mayBeName: true),
        Word("zodat", SyntaxKind.ZodatKeyword, KpiParser.ZODAT, TextMateScopes.Story),
        Word("aan", SyntaxKind.AanKeyword, KpiParser.AAN, TextMateScopes.Other),
        Word("met", SyntaxKind.MetKeyword, KpiParser.MET, TextMateScopes.Other),
        Word("in", SyntaxKind.InKeyword, KpiParser.IN, TextMateScopes.Time),
        Word("op", SyntaxKind.OpKeyword, KpiParser.OP, TextMateScopes.Time),
        Word("per", SyntaxKind.PerKeyword, KpiParser.PER, TextMateScopes.Window),
        Word("over", SyntaxKind.OverKeyword, KpiParser.OVER, TextMateScopes.Window),
        Word("keer", SyntaxKind.KeerKeyword, KpiParser.KEER, TextMateScopes.Frequency),
        Word("elke", SyntaxKind.ElkeKeyword, KpiParser.ELKE, TextMateScopes.Frequency, also: ["elk"]),
        Word("door", SyntaxKind.DoorKeyword, KpiParser.DOOR, TextMateScopes.Review),
        Word("volgende", SyntaxKind.VolgendeKeyword, KpiParser.VOLGENDE, TextMateScopes.Review),
        Word("omdat", SyntaxKind.OmdatKeyword, KpiParser.OMDAT, TextMateScopes.Replacement),
        Word("tussen", SyntaxKind.TussenKeyword, KpiParser.TUSSEN, TextMateScopes.Comparison),
        Word("en", SyntaxKind.EnKeyword, KpiParser.EN, TextMateScopes.Comparison),
        Word("minimaal", SyntaxKind.MinimaalKeyword, KpiParser.MINIMAAL, TextMateScopes.Comparison),
        Word("maximaal", SyntaxKind.MaximaalKeyword, KpiParser.MAXIMAAL, TextMateScopes.Comparison),
        Word("precies", SyntaxKind.PreciesKeyword, KpiParser.PRECIES, TextMateScopes.Comparison),
        Word("uiterlijk", SyntaxKind.UiterlijkKeyword, KpiParser.UITERLIJK, TextMateScopes.Time),
        Word("vanaf", SyntaxKind.VanafKeyword, KpiParser.VANAF, TextMateScopes.Time),
        Word("van", SyntaxKind.VanKeyword, KpiParser.VAN, TextMateScopes.Time),
        Word("tot", SyntaxKind.TotKeyword, KpiParser.TOT, TextMateScopes.Time),
        Word("vorige", SyntaxKind.VorigeKeyword, KpiParser.VORIGE, TextMateScopes.Reference, mayBeName: true),
        Word("periode", SyntaxKind.PeriodeKeyword, KpiParser.PERIODE, TextMateScopes.Reference, mayBeName: true),
        Word("benchmark", SyntaxKind.BenchmarkKeyword, KpiParser.BENCHMARK, TextMateScopes.Reference, mayBeName: true),
        Word("procentpunt", SyntaxKind.ProcentpuntKeyword, KpiParser.PROCENTPUNT, TextMateScopes.Unit, also: ["procentpunten"]),
        Word("nulmeting", SyntaxKind.NulmetingKeyword, KpiParser.NULMETING, TextMateScopes.Reference, mayBeName: true, help: new("de nulmeting van deze indicator, als vertrekpunt van de streefwaarde.",
            "this indicator's baseline, as the starting point of the target.")),
        Word("niveau", SyntaxKind.NiveauKeyword, KpiParser.NIVEAU, TextMateScopes.Reference, mayBeName: true),
        Word("binnen", SyntaxKind.BinnenKeyword, KpiParser.BINNEN, TextMateScopes.Comparison, mayBeName: true),
        Word("hoger", SyntaxKind.HogerKeyword, KpiParser.HOGER, TextMateScopes.Comparison, mayBeName: true, phrase: "hoger dan"),
        Word("beter", SyntaxKind.BeterKeyword, KpiParser.BETER, TextMateScopes.Comparison, phrase: "beter dan", help: new("alleen een richting: beter dan een referentie, in de richting van 'richting:' (niet meetbaar zonder getal).",
            "only a direction: better than a reference, the way 'richting:' says (not measurable without a number).")),
        Word("lager", SyntaxKind.LagerKeyword, KpiParser.LAGER, TextMateScopes.Comparison, mayBeName: true, phrase: "lager dan"),
        Word("gelijk", SyntaxKind.GelijkKeyword, KpiParser.GELIJK, TextMateScopes.Comparison, phrase: "gelijk aan"),
        Word("dan", SyntaxKind.DanKeyword, KpiParser.DAN, TextMateScopes.Comparison),
        Word("toename", SyntaxKind.ToenameKeyword, KpiParser.TOENAME, TextMateScopes.Comparison, also: ["stijging"], help: new("alleen een richting: hoger dan de vorige periode, zonder getal (niet meetbaar).",
            "only a direction: higher than the previous period, with no number (not measurable).")),
        Word("afname", SyntaxKind.AfnameKeyword, KpiParser.AFNAME, TextMateScopes.Comparison, also: ["daling"], help: new("alleen een richting: lager dan de vorige periode, zonder getal (niet meetbaar).",
            "only a direction: lower than the previous period, with no number (not measurable).")),
        Word("stabiel", SyntaxKind.StabielKeyword, KpiParser.STABIEL, TextMateScopes.Comparison, help: new("alleen een richting: gelijk aan de vorige periode, zonder getal (niet meetbaar).",
            "only a direction: equal to the previous period, with no number (not measurable).")),
        Word("gemiddeld", SyntaxKind.GemiddeldKeyword, KpiParser.GEMIDDELD, TextMateScopes.Comparison, help: new("de streefwaarde geldt voor het gemiddelde over de zaken, niet voor elke zaak.",
            "the target holds for the average over cases, not for each case.")),
        Word("steeds", SyntaxKind.SteedsKeyword, KpiParser.STEEDS, TextMateScopes.Comparison, also: ["altijd"], help: new("de streefwaarde geldt voor elke zaak afzonderlijk.",
            "the target holds for every single case.")),
        Word("voor", SyntaxKind.VoorKeyword, KpiParser.VOOR, TextMateScopes.Comparison, help: new("de streefwaarde geldt voor één groep van de uitsplitsing.",
            "the target holds for one group of the breakdown.")),
        Word("na", SyntaxKind.NaKeyword, KpiParser.NA, TextMateScopes.Time),
        Word("eind", SyntaxKind.EindKeyword, KpiParser.EIND, TextMateScopes.Time, help: new("uiterlijk op 31 december van het jaar.",
            "by 31 December of the year.")),
        Word("medio", SyntaxKind.MedioKeyword, KpiParser.MEDIO, TextMateScopes.Time, help: new("uiterlijk op 30 juni van het jaar.",
            "by 30 June of the year.")),
        Word("schooljaar", SyntaxKind.SchooljaarKeyword, KpiParser.SCHOOLJAAR, TextMateScopes.Time, help: new("van 1 augustus tot en met 31 juli.",
            "from 1 August to 31 July.")),
        Word("ja/nee", SyntaxKind.JaNeeKeyword, KpiParser.JA_NEE, TextMateScopes.Kind, help: new("een indicator die alleen ja of nee kan zijn.",
            "an indicator that can only be yes or no.")),
    ];
    /// <summary>
    /// Every spelling of 'importeer', the declaration keywords and the words inside values, to its row. Property keys
    /// are apart (<see cref="FindProperty"/>): 'nulmeting' and 'niveau' are both a key and a word inside values.
    /// </summary>
    private static readonly FrozenDictionary<string, Keyword> BySpelling =
        All.Where(k => k.Role != KeywordRole.Property).SelectMany(k => k.Spellings.Select(s => (Spelling: s, Keyword: k)))
            .ToFrozenDictionary(p => p.Spelling, p => p.Keyword, StringComparer.Ordinal);

    /// <summary>The first word of each property key, to its row: "gekoppeld" to 'gekoppeld aan'.</summary>
    private static readonly FrozenDictionary<string, Keyword> PropertyByFirstWord =
        All.Where(k => k.Role == KeywordRole.Property).SelectMany(k => k.Spellings.Select(s => (Word: s.Split(' ')[0], Keyword: k)))
            .ToFrozenDictionary(p => p.Word, p => p.Keyword, StringComparer.Ordinal);

    private static readonly FrozenDictionary<PropertyKey, Keyword> ByProperty =
        All.Where(k => k.Property is not null).ToFrozenDictionary(k => k.Property!.Value);

    private static readonly FrozenDictionary<SyntaxKind, Keyword> ByWordKind =
        All.Where(k => k.Role == KeywordRole.Word).ToFrozenDictionary(k => k.Kind);

    public static IEnumerable<Keyword> Declarations => All.Where(k => k.Role == KeywordRole.Declaration);

    public static IEnumerable<Keyword> Properties => All.Where(k => k.Role == KeywordRole.Property);

    public static IEnumerable<Keyword> Words => All.Where(k => k.Role == KeywordRole.Word);

    /// <summary>'importeer', the declaration keyword or the word inside values spelled exactly so, or null; keys: <see cref="FindProperty"/>.</summary>
    public static Keyword? Find(string text) => BySpelling.GetValueOrDefault(Normal(text));

    /// <summary>The property key whose first word this is ("gekoppeld" for 'gekoppeld aan'), or null.</summary>
    public static Keyword? FindProperty(string firstWord) => PropertyByFirstWord.GetValueOrDefault(Normal(firstWord));

    public static Keyword Of(PropertyKey key) =>
        ByProperty.TryGetValue(key, out var keyword) ? keyword : throw new ArgumentOutOfRangeException(nameof(key), key, "not in the keyword table");

    /// <summary>The keyword of a kind of declaration ('indicator', not 'kengetal', for an indicator).</summary>
    public static Keyword Of(DeclarationKind kind) =>
        Declarations.FirstOrDefault(k => k.Declaration == kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "not in the keyword table");

    /// <summary>The word of a value-word kind (<see cref="SyntaxKind.MinimaalKeyword"/> → 'minimaal').</summary>
    public static Keyword Of(SyntaxKind kind) =>
        ByWordKind.TryGetValue(kind, out var keyword) ? keyword : throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a word of the keyword table");

    /// <summary>Keywords are compared in Unicode's composed form, so 'beïnvloedt' typed with a combining diaeresis is one too.</summary>
    internal static string Normal(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    private static Keyword Import(string text, LocalizedText help) =>
        new(text, KeywordRole.Import, SyntaxKind.ImportKeyword, KpiParser.IMPORTEER, TextMateScopes.Import) { Help = help, AllowedIn = Places.File };

    private static Keyword Declaration(string text, DeclarationKind kind, Places allowedIn, LocalizedText help, bool monitoringFigure = false) =>
        new(text, KeywordRole.Declaration, SyntaxKind.DeclarationKeyword, KpiParser.DECLARATION, TextMateScopes.Declaration)
        {
            Declaration = kind, AllowedIn = allowedIn, Help = help, IsMonitoringFigure = monitoringFigure,
        };

    private static Keyword Property(string text, PropertyKey key, PropertyForm form, Places allowedIn, LocalizedText help,
        bool repeatable = false, string[]? also = null) =>
        new(text, KeywordRole.Property, SyntaxKind.PropertyKeyword, TokenTypeOf(form), TextMateScopes.Property)
        {
            Property = key, Form = form, AllowedIn = allowedIn, Help = help, Repeatable = repeatable, Spellings = [text, .. also ?? []],
        };

    private static Keyword Word(string text, SyntaxKind kind, int tokenType, string textMateScope, bool mayBeName = false,
        string[]? also = null, string? phrase = null, LocalizedText? help = null) =>
        new(text, KeywordRole.Word, kind, tokenType, textMateScope)
        {
            MayBeName = mayBeName, Spellings = [text, .. also ?? []], Phrase = phrase!, Help = help,
        };

    /// <summary>The grammar's token type for a key of each form (KpiParser.g4, 'property').</summary>
    internal static int TokenTypeOf(PropertyForm form) => form switch
    {
        PropertyForm.Text => KpiParser.TEXT_KEY,
        PropertyForm.Choice => KpiParser.CHOICE_KEY,
        PropertyForm.Kind => KpiParser.KIND_KEY,
        PropertyForm.Unit => KpiParser.UNIT_KEY,
        PropertyForm.References => KpiParser.REFERENCE_KEY,
        PropertyForm.Frequency => KpiParser.FREQUENCY_KEY,
        PropertyForm.Audience => KpiParser.AUDIENCE_KEY,
        PropertyForm.Story => KpiParser.STORY_KEY,
        PropertyForm.Baseline => KpiParser.BASELINE_KEY,
        PropertyForm.Target => KpiParser.TARGET_KEY,
        PropertyForm.Acceptance => KpiParser.ACCEPTANCE_KEY,
        PropertyForm.Review => KpiParser.REVIEW_KEY,
        PropertyForm.Replacement => KpiParser.REPLACEMENT_KEY,
        PropertyForm.Forecast => KpiParser.FORECAST_KEY,
        PropertyForm.Norm => KpiParser.NORM_KEY,
        var other => throw new ArgumentOutOfRangeException(nameof(form), other, null),
    };
}
