using System.Collections.Immutable;
using KpiLang.Syntax.Generated;

namespace KpiLang.Syntax;

/// <summary><c>sleutel: waarde</c>. The key is one or two keywords ("gekoppeld aan").</summary>
public abstract class PropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon) : MemberSyntax
{
    public ImmutableArray<SyntaxToken> KeyTokens { get; } = keyTokens;
    public SyntaxToken Colon { get; } = colon;

    /// <summary>The key as written: "eigenaar", "gekoppeld aan".</summary>
    public string KeyText => string.Join(' ', KeyTokens.Select(t => t.Text));

    public PropertyKey Key => KeyTokens[0].Kind switch
    {
        KpiLexer.MISSIE => PropertyKey.Missie,
        KpiLexer.VISIE => PropertyKey.Visie,
        KpiLexer.DIENST => PropertyKey.Dienst,
        KpiLexer.DOELGROEP => PropertyKey.Doelgroep,
        KpiLexer.EFFECT => PropertyKey.Effect,
        KpiLexer.OMSCHRIJVING => PropertyKey.Omschrijving,
        KpiLexer.TOELICHTING => PropertyKey.Toelichting,
        KpiLexer.DEFINITIE => PropertyKey.Definitie,
        KpiLexer.BRON => PropertyKey.Bron,
        KpiLexer.BEKOSTIGING => PropertyKey.Bekostiging,
        KpiLexer.DISCLAIMER => PropertyKey.Disclaimer,
        KpiLexer.NIVEAU => PropertyKey.Niveau,
        KpiLexer.LAAG => PropertyKey.Laag,
        KpiLexer.METHODE => PropertyKey.Methode,
        KpiLexer.RICHTING => PropertyKey.Richting,
        KpiLexer.SOORT => PropertyKey.Soort,
        KpiLexer.EENHEID => PropertyKey.Eenheid,
        KpiLexer.EIGENAAR => PropertyKey.Eigenaar,
        KpiLexer.BETROKKEN => PropertyKey.Betrokken,
        KpiLexer.BEINVLOEDT => PropertyKey.Beinvloedt,
        KpiLexer.PARTNERS => PropertyKey.Partners,
        KpiLexer.UITSPLITSING => PropertyKey.Uitsplitsing,
        KpiLexer.GEKOPPELD => PropertyKey.GekoppeldAan,
        KpiLexer.AFGESPROKEN => PropertyKey.AfgesprokenMet,
        KpiLexer.FREQUENTIE => PropertyKey.Frequentie,
        KpiLexer.INVOER => PropertyKey.Invoer,
        KpiLexer.INZAGE => PropertyKey.Inzage,
        KpiLexer.BESPREKING => PropertyKey.Bespreking,
        KpiLexer.RAPPORTAGE => PropertyKey.Rapportage,
        KpiLexer.VERHAAL => PropertyKey.Verhaal,
        KpiLexer.NULMETING => PropertyKey.Nulmeting,
        KpiLexer.STREEFWAARDE => PropertyKey.Streefwaarde,
        KpiLexer.ACCEPTATIECRITERIA => PropertyKey.Acceptatiecriteria,
        KpiLexer.HERIJKING => PropertyKey.Herijking,
        KpiLexer.CODE => PropertyKey.Code,
        KpiLexer.RAMING => PropertyKey.Raming,
        KpiLexer.NORM => PropertyKey.Norm,
        KpiLexer.AANBIEDERS => PropertyKey.Aanbieders,
        _ => PropertyKey.Vervangt,
    };
}
