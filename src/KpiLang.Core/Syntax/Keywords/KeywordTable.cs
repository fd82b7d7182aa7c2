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
        Import("importeer"),

        // --- declarations: keyword name "Titel" { … }
        Declaration("organisatie", DeclarationKind.Organisation, Places.File),
        Declaration("scope", DeclarationKind.Scope, Places.File),
        Declaration("actor", DeclarationKind.Actor, Places.File),
        Declaration("doel", DeclarationKind.Goal, Places.File | Places.Scope | Places.Goal),
        Declaration("inspanning", DeclarationKind.Effort, Places.Goal),
        Declaration("indicator", DeclarationKind.Indicator, Places.File | Places.Scope | Places.Goal | Places.Effort),
        Declaration("kengetal", DeclarationKind.Indicator, Places.File | Places.Scope | Places.Goal | Places.Effort, monitoringFigure: true),

        // --- property keys: key: value
        Property("missie", PropertyKey.Missie, PropertyForm.Text, Places.Organisation),
        Property("visie", PropertyKey.Visie, PropertyForm.Text, Places.Organisation),
        Property("dienst", PropertyKey.Dienst, PropertyForm.Text, Places.Scope),
        Property("doelgroep", PropertyKey.Doelgroep, PropertyForm.Text, Places.Scope),
        Property("effect", PropertyKey.Effect, PropertyForm.Text, Places.Scope),
        Property("omschrijving", PropertyKey.Omschrijving, PropertyForm.Text, Places.Organisation | Places.Scope | Places.Actor | Places.Goal | Places.Effort | Places.Indicator),
        Property("toelichting", PropertyKey.Toelichting, PropertyForm.Text, Places.Organisation | Places.Scope | Places.Actor | Places.Goal | Places.Effort | Places.Indicator | Places.Target),
        Property("definitie", PropertyKey.Definitie, PropertyForm.Text, Places.Indicator),
        Property("code", PropertyKey.Code, PropertyForm.Text, Places.Indicator),
        Property("bron", PropertyKey.Bron, PropertyForm.Text, Places.Indicator),
        Property("bekostiging", PropertyKey.Bekostiging, PropertyForm.Text, Places.Indicator),
        Property("disclaimer", PropertyKey.Disclaimer, PropertyForm.Text, Places.Target),
        Property("niveau", PropertyKey.Niveau, PropertyForm.Choice, Places.Actor | Places.Goal),
        Property("laag", PropertyKey.Laag, PropertyForm.Choice, Places.Indicator),
        Property("methode", PropertyKey.Methode, PropertyForm.Choice, Places.Indicator),
        Property("richting", PropertyKey.Richting, PropertyForm.Choice, Places.Indicator),
        Property("soort", PropertyKey.Soort, PropertyForm.Kind, Places.Actor | Places.Indicator),
        Property("eenheid", PropertyKey.Eenheid, PropertyForm.Unit, Places.Indicator),
        Property("eigenaar", PropertyKey.Eigenaar, PropertyForm.References, Places.Scope | Places.Goal | Places.Effort | Places.Indicator),
        Property("betrokken", PropertyKey.Betrokken, PropertyForm.References, Places.Scope | Places.Goal | Places.Effort | Places.Indicator),
        Property("beïnvloedt", PropertyKey.Beinvloedt, PropertyForm.References, Places.Actor, also: ["beinvloedt"]),
        Property("partners", PropertyKey.Partners, PropertyForm.References, Places.Effort),
        Property("uitsplitsing", PropertyKey.Uitsplitsing, PropertyForm.References, Places.Indicator),
        Property("aanbieders", PropertyKey.Aanbieders, PropertyForm.References, Places.Indicator),
        Property("gekoppeld aan", PropertyKey.GekoppeldAan, PropertyForm.References, Places.Indicator),
        Property("afgesproken met", PropertyKey.AfgesprokenMet, PropertyForm.References, Places.Target),
        Property("frequentie", PropertyKey.Frequentie, PropertyForm.Frequency, Places.Indicator),
        Property("invoer", PropertyKey.Invoer, PropertyForm.Audience, Places.Indicator),
        Property("inzage", PropertyKey.Inzage, PropertyForm.Audience, Places.Indicator),
        Property("rapportage", PropertyKey.Rapportage, PropertyForm.Audience, Places.Indicator),
        Property("bespreking", PropertyKey.Bespreking, PropertyForm.Audience, Places.Goal | Places.Indicator),
        Property("verhaal", PropertyKey.Verhaal, PropertyForm.Story, Places.Effort, repeatable: true),
        Property("nulmeting", PropertyKey.Nulmeting, PropertyForm.Baseline, Places.Indicator),
        Property("streefwaarde", PropertyKey.Streefwaarde, PropertyForm.Target, Places.Indicator, repeatable: true),
        Property("raming", PropertyKey.Raming, PropertyForm.Forecast, Places.Indicator, repeatable: true),
        Property("norm", PropertyKey.Norm, PropertyForm.Norm, Places.Indicator),
        Property("acceptatiecriteria", PropertyKey.Acceptatiecriteria, PropertyForm.Acceptance, Places.Goal | Places.Effort | Places.Indicator),
        Property("herijking", PropertyKey.Herijking, PropertyForm.Review, Places.Organisation | Places.Scope | Places.Goal | Places.Indicator),
        Property("vervangt", PropertyKey.Vervangt, PropertyForm.Replacement, Places.Indicator),

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
        Word("nulmeting", SyntaxKind.NulmetingKeyword, KpiParser.NULMETING, TextMateScopes.Reference, mayBeName: true),
        Word("niveau", SyntaxKind.NiveauKeyword, KpiParser.NIVEAU, TextMateScopes.Reference, mayBeName: true),
        Word("binnen", SyntaxKind.BinnenKeyword, KpiParser.BINNEN, TextMateScopes.Comparison, mayBeName: true),
        Word("hoger", SyntaxKind.HogerKeyword, KpiParser.HOGER, TextMateScopes.Comparison, mayBeName: true, phrase: "hoger dan"),
        Word("beter", SyntaxKind.BeterKeyword, KpiParser.BETER, TextMateScopes.Comparison, phrase: "beter dan"),
        Word("lager", SyntaxKind.LagerKeyword, KpiParser.LAGER, TextMateScopes.Comparison, mayBeName: true, phrase: "lager dan"),
        Word("gelijk", SyntaxKind.GelijkKeyword, KpiParser.GELIJK, TextMateScopes.Comparison, phrase: "gelijk aan"),
        Word("dan", SyntaxKind.DanKeyword, KpiParser.DAN, TextMateScopes.Comparison),
        Word("toename", SyntaxKind.ToenameKeyword, KpiParser.TOENAME, TextMateScopes.Comparison, also: ["stijging"]),
        Word("afname", SyntaxKind.AfnameKeyword, KpiParser.AFNAME, TextMateScopes.Comparison, also: ["daling"]),
        Word("stabiel", SyntaxKind.StabielKeyword, KpiParser.STABIEL, TextMateScopes.Comparison),
        Word("gemiddeld", SyntaxKind.GemiddeldKeyword, KpiParser.GEMIDDELD, TextMateScopes.Comparison),
        Word("steeds", SyntaxKind.SteedsKeyword, KpiParser.STEEDS, TextMateScopes.Comparison, also: ["altijd"]),
        Word("voor", SyntaxKind.VoorKeyword, KpiParser.VOOR, TextMateScopes.Comparison),
        Word("na", SyntaxKind.NaKeyword, KpiParser.NA, TextMateScopes.Time),
        Word("eind", SyntaxKind.EindKeyword, KpiParser.EIND, TextMateScopes.Time),
        Word("medio", SyntaxKind.MedioKeyword, KpiParser.MEDIO, TextMateScopes.Time),
        Word("schooljaar", SyntaxKind.SchooljaarKeyword, KpiParser.SCHOOLJAAR, TextMateScopes.Time),
        Word("ja/nee", SyntaxKind.JaNeeKeyword, KpiParser.JA_NEE, TextMateScopes.Kind),
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

    private static Keyword Import(string text) =>
        new(text, KeywordRole.Import, SyntaxKind.ImportKeyword, KpiParser.IMPORTEER, TextMateScopes.Import) { Help = KeywordHelp.Of(KeywordRole.Import, text), AllowedIn = Places.File };

    private static Keyword Declaration(string text, DeclarationKind kind, Places allowedIn, bool monitoringFigure = false) =>
        new(text, KeywordRole.Declaration, SyntaxKind.DeclarationKeyword, KpiParser.DECLARATION, TextMateScopes.Declaration)
        {
            Declaration = kind, AllowedIn = allowedIn, Help = KeywordHelp.Of(KeywordRole.Declaration, text), IsMonitoringFigure = monitoringFigure,
        };

    private static Keyword Property(string text, PropertyKey key, PropertyForm form, Places allowedIn,
        bool repeatable = false, string[]? also = null) =>
        new(text, KeywordRole.Property, SyntaxKind.PropertyKeyword, TokenTypeOf(form), TextMateScopes.Property)
        {
            Property = key, Form = form, AllowedIn = allowedIn, Help = KeywordHelp.Of(KeywordRole.Property, text), Repeatable = repeatable, Spellings = [text, .. also ?? []],
        };

    private static Keyword Word(string text, SyntaxKind kind, int tokenType, string textMateScope, bool mayBeName = false,
        string[]? also = null, string? phrase = null) =>
        new(text, KeywordRole.Word, kind, tokenType, textMateScope)
        {
            MayBeName = mayBeName, Spellings = [text, .. also ?? []], Phrase = phrase!, Help = KeywordHelp.Find(KeywordRole.Word, text),
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
