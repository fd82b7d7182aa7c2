namespace KpiLang.Semantics;

/// <summary>The level an actor works at, or a goal is set at: execution, tactical or strategic steering.</summary>
public enum Level
{
    Uitvoering,
    Tactisch,
    Strategisch,
}
