namespace KpiLang.Syntax;

/// <summary>
/// What a token is, in our own terms. The generated parser's token numbers change whenever the grammar does, so they
/// stay inside <c>Syntax/</c>; everything else (binder, rules, formatter, language server) reads these kinds. A
/// keyword's meaning beyond its kind (which property key, which declaration) is on <see cref="SyntaxToken.Keyword"/>,
/// from the keyword table, so a new property needs no new kind.
/// </summary>
public enum SyntaxKind
{
    None,
    EndOfFile,

    // --- literals and names
    Identifier,
    String,
    UnterminatedString,
    Number,
    Date,

    // --- punctuation
    OpenBrace,
    CloseBrace,
    Colon,
    Comma,
    DotDot,
    Plus,
    Minus,
    GreaterEqual,
    LessEqual,
    Greater,
    Less,
    Equals,
    Percent,
    Euro,

    /// <summary>A character that has no place in the language; the repair pass reports it and keeps it as trivia.</summary>
    UnknownCharacter,

    // --- keywords of the structure
    ImportKeyword,

    /// <summary>organisatie, scope, actor, doel, inspanning, indicator, kengetal: which one is <see cref="SyntaxToken.Keyword"/>.</summary>
    DeclarationKeyword,

    /// <summary>A word of a property key (both words of 'gekoppeld aan'): which key is <see cref="SyntaxToken.Keyword"/>.</summary>
    PropertyKeyword,

    // --- words inside values
    AlsKeyword,
    WilKeyword,
    WillenKeyword,
    IkKeyword,
    WeKeyword,
    InzichtKeyword,
    ZodatKeyword,
    AanKeyword,
    MetKeyword,
    InKeyword,
    OpKeyword,
    PerKeyword,
    OverKeyword,
    KeerKeyword,
    ElkeKeyword,
    DoorKeyword,
    VolgendeKeyword,
    OmdatKeyword,
    TussenKeyword,
    EnKeyword,
    MinimaalKeyword,
    MaximaalKeyword,
    PreciesKeyword,
    UiterlijkKeyword,
    VanafKeyword,
    VanKeyword,
    TotKeyword,
    VorigeKeyword,
    PeriodeKeyword,
    BenchmarkKeyword,
    ProcentpuntKeyword,
    NulmetingKeyword,
    NiveauKeyword,
    BinnenKeyword,
    HogerKeyword,
    BeterKeyword,
    LagerKeyword,
    GelijkKeyword,
    DanKeyword,
    ToenameKeyword,
    AfnameKeyword,
    StabielKeyword,
    GemiddeldKeyword,
    SteedsKeyword,
    VoorKeyword,
    NaKeyword,
    EindKeyword,
    MedioKeyword,
    SchooljaarKeyword,
    JaNeeKeyword,
}
