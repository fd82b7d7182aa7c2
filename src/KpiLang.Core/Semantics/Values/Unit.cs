namespace KpiLang.Semantics;

public enum UnitKind
{
    /// <summary>A plain count or a custom noun ("overleggen", "campagnes").</summary>
    Count,
    Percent,
    Euro,
    Duration,
}

/// <summary>The unit of a value. Custom nouns count things and are compatible with any count.</summary>
public sealed record Unit(UnitKind Kind, string Name, Period? DurationPeriod = null, string? Measure = null)
{
    public static readonly Unit None = new(UnitKind.Count, string.Empty);
    public static readonly Unit Percent = new(UnitKind.Percent, "%");
    public static readonly Unit Euro = new(UnitKind.Euro, "euro");

    /// <summary>Same kind, and for durations the same measure (werkdagen are not kalenderdagen).</summary>
    public bool IsCompatibleWith(Unit other) => Kind == other.Kind
        && (Kind != UnitKind.Duration || (Measure ?? Name) == (other.Measure ?? other.Name));

    public override string ToString() => Name;
}
