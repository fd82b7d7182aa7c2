namespace KpiLang.Semantics;

/// <summary>How an indicator is measured.</summary>
public enum Method
{
    Registratie,
    Enquete,
    Steekproef,
    Interview,
    Dossieronderzoek,
    Observatie,
    Reflectie,
    OpenData,
}
