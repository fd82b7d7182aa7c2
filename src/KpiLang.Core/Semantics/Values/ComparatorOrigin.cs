namespace KpiLang.Semantics;

/// <summary>Where a target's comparison comes from: written, taken from the indicator's 'richting:', or not said at all.</summary>
public enum ComparatorOrigin
{
    Written,
    /// <summary>A bare value ("streefwaarde: 64,3") on an indicator with 'richting: hoger' reads as "minimaal 64,3".</summary>
    FromDirection,
    Unstated,
}
