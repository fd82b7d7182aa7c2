namespace KpiLang.Syntax;

/// <summary>Which property a <c>sleutel: waarde</c> line sets.</summary>
public enum PropertyKey
{
    Missie, Visie, Dienst, Doelgroep, Effect, Omschrijving, Toelichting, Definitie, Bron, Bekostiging, Disclaimer,
    Niveau, Laag, Methode, Richting, Soort, Eenheid,
    Eigenaar, Betrokken, Beinvloedt, Partners, Uitsplitsing, GekoppeldAan, AfgesprokenMet,
    Frequentie, Invoer, Inzage, Bespreking, Rapportage, Verhaal, Nulmeting, Streefwaarde, Acceptatiecriteria, Herijking, Vervangt,
    Code, Raming, Norm, Aanbieders,
}
