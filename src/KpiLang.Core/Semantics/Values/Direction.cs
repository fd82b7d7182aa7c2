namespace KpiLang.Semantics;

/// <summary>Which way is better: higher, lower, or within a range.</summary>
public enum Direction
{
    Hoger,
    Lager,
    Binnen,
}
