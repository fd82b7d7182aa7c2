namespace KpiLang.Semantics;

public enum Comparator
{
    AtLeast,
    AtMost,
    GreaterThan,
    LessThan,
    Exactly,
    Between,
}
