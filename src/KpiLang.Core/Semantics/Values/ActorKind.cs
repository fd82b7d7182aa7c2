namespace KpiLang.Semantics;

public enum ActorKind
{
    Persoon,
    Rol,
    Team,
    Orgaan,
    Organisatie,
    Aanbieder,
    Partner,
}
