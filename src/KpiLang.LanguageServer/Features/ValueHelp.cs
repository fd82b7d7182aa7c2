using System.Globalization;
using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Texts;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// What each word of a choice means, for hover (<c>maandelijks</c>, <c>impact</c>) and completion. Every word of
/// <see cref="Vocabulary"/> has an entry; a test keeps it so. Frequencies are explained from the vocabulary's own
/// count per year.
/// </summary>
internal static class ValueHelp
{
    // The table's keys are the words it explains: adding a word to the vocabulary means adding its row there.
    private static readonly TextTable Texts = new(typeof(ValueHelp));

    private static readonly Dictionary<string, LocalizedText> Words =
        Texts.Keys().ToDictionary(word => word, Texts.Text, StringComparer.Ordinal);

    /// <summary>The explanation of a value word, aliases included ("enquete", "operationeel"); null for other words.</summary>
    public static LocalizedText? Describe(string word)
    {
        if (Vocabulary.FrequencyWords.TryGetValue(word, out var perYear)) return Frequency(word, perYear);
        if (Words.TryGetValue(word, out var help)) return help;
        return Alias(word) is { } canonical && Words.TryGetValue(canonical, out var aliased) ? aliased : null;
    }

    private static LocalizedText Frequency(string word, decimal perYear) => word switch
    {
        "eenmalig" => HoverText.OnceSingleTimeNotRepeated,
        "doorlopend" => HoverText.ContinuousKeptUpAllTime,
        _ when perYear == 1m => HoverText.OnceYear(word),
        _ when perYear < 1m => HoverText.OnceEveryYears(word, Number(1 / perYear)),
        _ => HoverText.TimesYear(word, Number(perYear)),
    };

    private static string Number(decimal value) => value.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>The offered word that means the same as an accepted alias, found through the vocabulary.</summary>
    private static string? Alias(string word)
    {
        static string? In<T>(System.Collections.Frozen.FrozenDictionary<string, T> words, IReadOnlyList<string> canonical, string word) where T : notnull =>
            words.TryGetValue(word, out var value) ? canonical.FirstOrDefault(c => EqualityComparer<T>.Default.Equals(words[c], value)) : null;
        return In(Vocabulary.Layers, VocabularyWords.Layers, word) ?? In(Vocabulary.Methods, VocabularyWords.Methods, word)
            ?? In(Vocabulary.Levels, VocabularyWords.Levels, word) ?? In(Vocabulary.IndicatorKinds, VocabularyWords.IndicatorKinds, word)
            ?? In(Vocabulary.ActorKinds, VocabularyWords.ActorKinds, word) ?? In(Vocabulary.Directions, VocabularyWords.Directions, word);
    }
}
