using System.Collections.Immutable;

namespace KpiLang.Analysis.Wording;

/// <summary>What a sentence says of its own target (see <see cref="TargetStatement"/>).</summary>
internal static class TargetStatements
{
    /// <summary>
    /// What a sentence says of its own target: a threshold with a number, or any number with a unit in a sentence
    /// ("De website is 24 uur per dag bereikbaar"); a direction word; a year. A noun phrase states none.
    /// </summary>
    internal static TargetStatement Of(IReadOnlyList<WordToken> tokens, ImmutableArray<string> verbs, bool numberWithUnit,
        DutchWordingLexicon lexicon)
    {
        if (verbs.IsEmpty && !StartsWithThreshold(tokens, lexicon)) return TargetStatement.None;
        var threshold = Enumerable.Range(0, tokens.Count).Any(i => (tokens[i].IsNumber || lexicon.NumberWords.Contains(tokens[i].Lower))
            && lexicon.Thresholds.Any(p => Quantities.EndsAt(tokens, i, p)));
        return new TargetStatement(threshold || numberWithUnit,
            tokens.Any(t => t.IsWord && lexicon.DirectionForms.Contains(t.Lower)),
            tokens.Any(t => t.IsNumber && Quantities.IsYear(t)));
    }

    /// <summary>"Binnen drie maanden na …", "Maximaal 5 % recidiveert": a norm that begins the text.</summary>
    internal static bool StartsWithThreshold(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon) =>
        tokens.Count > 1 && lexicon.Thresholds.Any(p => p.Length < tokens.Count && p.Select((w, k) => tokens[k].Lower == w).All(m => m));
}
