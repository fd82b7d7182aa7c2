namespace KpiLang.Analysis.Wording;

/// <summary>
/// What an indicator text says of its own target, as service norms and goal sentences do: a value to reach
/// ("binnen drie weken", "maximaal 5 minuten", "niet meer dan 6 %"), a direction ("vermindert", "blijft gelijk") and
/// a year it holds for ("in 2025"). Only a sentence can state a target this way; "% aanvragen binnen 30 dagen
/// afgehandeld" is a measure whose 30 days define what is counted.
/// </summary>
public sealed record TargetStatement(bool Value, bool Direction, bool Year)
{
    public static TargetStatement None { get; } = new(false, false, false);
}
