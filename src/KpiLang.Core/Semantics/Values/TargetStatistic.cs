namespace KpiLang.Semantics;

/// <summary>
/// What a target on cases is about: the average ("gemiddeld maximaal 20 werkdagen") or every single case ("steeds
/// binnen 20 werkdagen"). The two differ a lot for a service norm, so the language lets a target say which.
/// </summary>
public enum TargetStatistic
{
    None,
    Average,
    EveryCase,
}
