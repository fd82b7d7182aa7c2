using System.Collections.Frozen;
using KpiLang.Semantics;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// The words the language accepts for each choice, read from <see cref="Vocabulary"/> (the binder's own lists), one
/// per meaning: where two words mean the same ("enquête"/"enquete", "activiteit"/"activiteiten") the one with
/// accents, else the shortest, is offered; the other is still accepted and explained on hover.
/// </summary>
internal static class VocabularyWords
{
    public static IReadOnlyList<string> Layers { get; } = Canonical(Vocabulary.Layers);
    public static IReadOnlyList<string> IndicatorKinds { get; } = Canonical(Vocabulary.IndicatorKinds);
    public static IReadOnlyList<string> ActorKinds { get; } = Canonical(Vocabulary.ActorKinds);
    public static IReadOnlyList<string> Methods { get; } = Canonical(Vocabulary.Methods);
    public static IReadOnlyList<string> Levels { get; } = Canonical(Vocabulary.Levels);
    public static IReadOnlyList<string> Directions { get; } = Canonical(Vocabulary.Directions);
    public static IReadOnlyList<string> Periods { get; } = Canonical(Vocabulary.Periods);

    /// <summary>Frequencies from the most to the least frequent, the order a person reads them in.</summary>
    public static IReadOnlyList<string> Frequencies { get; } =
        [.. Vocabulary.FrequencyWords.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key)];

    /// <summary>Units a value may carry: percent, euro and the periods of a duration; any other word counts things.</summary>
    public static IReadOnlyList<string> Units { get; } =
        ["%", "euro", .. Vocabulary.Periods.GroupBy(p => p.Value).OrderBy(g => g.Key).Select(g => g.Select(p => p.Key).MaxBy(k => k.Length)!)];

    private static string[] Canonical<T>(FrozenDictionary<string, T> words) where T : notnull =>
        [.. words.GroupBy(w => w.Value)
            .Select(g => g.Select(w => w.Key).OrderByDescending(k => k.Any(c => c > 127)).ThenBy(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).First())
            .Order(StringComparer.Ordinal)];
}
