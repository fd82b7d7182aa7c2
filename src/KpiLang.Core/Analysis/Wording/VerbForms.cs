namespace KpiLang.Analysis.Wording;

/// <summary>
/// The regular forms of a Dutch verb from its infinitive: maken → maak, maakt, gemaakt, maakte; leven → leef, leeft,
/// geleefd; redden → red, redt. Dutch conjugation is regular enough that the lexicon lists only infinitives (and the
/// irregular verbs' extra forms), and every present, past and participle form is recognised.
/// </summary>
internal static class VerbForms
{
    private const string Vowels = "aeiou";
    private static readonly string[] UnstressedPrefixes = ["be", "ge", "her", "ver", "ont", "er"];

    public static IEnumerable<string> Of(string infinitive)
    {
        yield return infinitive;
        if (!infinitive.EndsWith('n') || infinitive.Length < 3) yield break;
        var root = infinitive.EndsWith("en", StringComparison.Ordinal) ? infinitive[..^2] : infinitive[..^1];
        // 't kofschip: a root ending in t, k, f, s, ch or p takes -te/-t, any other -de/-d.
        var past = "tkfsp".Contains(root[^1]) || root.EndsWith("ch", StringComparison.Ordinal) ? "t" : "d";
        var prefix = UnstressedPrefixes.Any(p => infinitive.StartsWith(p, StringComparison.Ordinal)) ? "" : "ge";
        foreach (var stem in RootStems(root))
        {
            yield return stem;
            if (!stem.EndsWith('t')) yield return stem + "t";
            yield return stem + past + "e";
            yield return stem + past + "en";
            var participle = prefix + stem;
            yield return participle.EndsWith('t') || participle.EndsWith('d') ? participle : participle + past;
        }
    }

    /// <summary>The bare stems of an infinitive (maken → maak).</summary>
    public static IEnumerable<string> Stems(string infinitive)
    {
        if (!infinitive.EndsWith('n') || infinitive.Length < 3) return [];
        return RootStems(infinitive.EndsWith("en", StringComparison.Ordinal) ? infinitive[..^2] : infinitive[..^1]);
    }

    /// <summary>
    /// The stem: undouble a final double consonant, lengthen the vowel of an open syllable, devoice v → f and z → s.
    /// Whether a final -er/-el syllable is stressed (stimuleren → stimuleer) or not (verbeteren → verbeter) cannot be
    /// told from the spelling, so both stems are given; a wrong one never occurs in real text.
    /// </summary>
    private static IEnumerable<string> RootStems(string root)
    {
        if (root.Length >= 2 && root[^1] == root[^2] && !Vowels.Contains(root[^1]))
        {
            yield return root[..^1];
            yield break;
        }
        var last = root[^1];
        var openSyllable = root.Length >= 3 && !Vowels.Contains(last) && Vowels.Contains(root[^2]) && !Vowels.Contains(root[^3]);
        var maybeUnstressed = root[^2] == 'e' && root[..^2].Any(c => Vowels.Contains(c));
        if (!openSyllable || maybeUnstressed) yield return Devoice(root);
        if (openSyllable) yield return Devoice(root[..^1] + root[^2] + last);
    }

    private static string Devoice(string stem) => stem[^1] switch
    {
        'v' => stem[..^1] + "f",
        'z' => stem[..^1] + "s",
        _ => stem,
    };
}
