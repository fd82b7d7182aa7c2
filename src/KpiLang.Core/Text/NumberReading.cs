namespace KpiLang.Text;

/// <summary>Why a written number was refused; <see cref="None"/> when it was read.</summary>
public enum NumberProblem
{
    None,
    /// <summary>Not digits with separators at all ("12a", "", "-").</summary>
    NotANumber,
    /// <summary>A grouping sign where it cannot group thousands ("7.5" in Dutch): almost always a decimal sign of the other notation.</summary>
    WrongDecimalSign,
    /// <summary>Thousands groups of the wrong size ("1.00.000", "12.3456,7").</summary>
    BadGrouping,
    /// <summary>More than one decimal sign ("1,2,3" in Dutch), or a decimal sign before a grouping sign ("1,234.5" in Dutch).</summary>
    MixedSigns,
}

/// <summary>
/// The outcome of reading a written number: its exact value, or the problem and the spelling the user most likely
/// meant (<see cref="Suggestion"/>, in the same notation, e.g. "7,5" for "7.5").
/// </summary>
public readonly record struct NumberReading(decimal? Value, NumberProblem Problem, string? Suggestion)
{
    public bool IsValid => Problem == NumberProblem.None;

    public static NumberReading Of(decimal value) => new(value, NumberProblem.None, null);

    public static NumberReading Refused(NumberProblem problem, string? suggestion = null) => new(null, problem, suggestion);
}
