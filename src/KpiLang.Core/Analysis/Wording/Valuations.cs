using System.Collections.Immutable;

namespace KpiLang.Analysis.Wording;

/// <summary>Adjectives that value a state, and comparisons, in any inflection.</summary>
internal static class Valuations
{
    /// <summary>
    /// Adjectives that value a state, with their inflected ("veilige"), comparative ("toegankelijker", "redzamer")
    /// and superlative forms, as written; comparatives are returned apart.
    /// </summary>
    internal static (ImmutableArray<string> Valuations, ImmutableArray<string> Comparatives) Of(
        List<List<WordToken>> clauses, DutchWordingLexicon lexicon)
    {
        var valuations = ImmutableArray.CreateBuilder<string>();
        var comparatives = ImmutableArray.CreateBuilder<string>();
        foreach (var t in clauses.SelectMany(c => c).Where(t => t.IsWord))
        {
            if (lexicon.IrregularComparatives.ContainsKey(t.Lower)) { comparatives.Add(t.Written); continue; }
            if (lexicon.EvaluativeBases.Contains(t.Lower) || Inflected(t.Lower).Any(lexicon.EvaluativeBases.Contains))
                valuations.Add(t.Written);
            else if (Compared(t.Lower).Any(lexicon.EvaluativeBases.Contains))
                comparatives.Add(t.Written);
        }
        return (valuations.ToImmutable(), comparatives.ToImmutable());
    }

    /// <summary>The base of an inflected adjective: veilige → veilig, vitale → vitaal.</summary>
    internal static IEnumerable<string> Inflected(string word) =>
        word.EndsWith('e') && word.Length > 3 ? Bases(word[..^1]) : [];

    /// <summary>The base of a comparative or superlative: sterker → sterk, redzamer → redzaam, duurder → duur, gezondst → gezond.</summary>
    internal static IEnumerable<string> Compared(string word)
    {
        foreach (var ending in (string[])["ere", "er", "ste", "st"])
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal) || word.Length <= ending.Length + 2) continue;
            var root = word[..^ending.Length];
            foreach (var b in Bases(root)) yield return b;
            if (root.EndsWith('d') && ending.StartsWith('e')) foreach (var b in Bases(root[..^1])) yield return b; // duurder
        }
    }

    /// <summary>A root and its spelling variants: doubled consonant undone (natt → nat), open-syllable vowel doubled (vital → vitaal).</summary>
    internal static IEnumerable<string> Bases(string root)
    {
        yield return root;
        if (root.Length >= 2 && root[^1] == root[^2]) yield return root[..^1];
        if (root.Length >= 3 && "aeou".Contains(root[^2]) && !"aeiou".Contains(root[^1]) && !"aeiou".Contains(root[^3]))
            yield return root[..^1] + root[^2] + root[^1];
        if (root.EndsWith('z')) yield return root[..^1] + "s";
        if (root.EndsWith('v')) yield return root[..^1] + "f";
    }
}
