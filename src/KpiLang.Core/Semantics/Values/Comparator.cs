namespace KpiLang.Semantics;

public enum Comparator
{
    AtLeast,
    AtMost,
    GreaterThan,
    LessThan,
    Exactly,
    Between,
    /// <summary>A bare value ("64,3") on an indicator without 'richting:': whether it is a floor or a ceiling is not said.</summary>
    Unstated,
}
