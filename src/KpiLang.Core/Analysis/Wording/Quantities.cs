using System.Collections.Immutable;

namespace KpiLang.Analysis.Wording;

/// <summary>Words and numbers that name what is counted or measured, and the values that come with them.</summary>
internal static class Quantities
{
    /// <summary>Words that name a quantity: listed ones in any inflection, compounds ending in one, and the % sign.</summary>
    internal static List<WordToken> Heads(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
    {
        var heads = new List<WordToken>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (t.Kind == WordTokenKind.Sign && t.Lower == "%")
            {
                // "% inwoners" names a share; "80 %" after a number is a value, not the measure.
                if (i == 0 || !tokens[i - 1].IsNumber) heads.Add(t);
                continue;
            }
            if (!t.IsWord) continue;
            // "gemiddeld 1 uur per dag" is an adverb of the behaviour, not a second measure.
            if (t.Lower.StartsWith("gemiddeld", StringComparison.Ordinal) && next is { IsNumber: true }) continue;
            if (lexicon.QuantityForms.Contains(t.Lower)
                || lexicon.QuantitySuffixes.Any(s => t.Lower.Length >= s.Length + 3 && t.Lower.EndsWith(s, StringComparison.Ordinal)))
                heads.Add(t);
        }
        return heads;
    }

    internal static IEnumerable<string> MeasurePhrases(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
    {
        foreach (var phrase in lexicon.MeasurePhrases)
            for (var i = 0; i + phrase.Length <= tokens.Count; i++)
                if (phrase.Select((w, k) => tokens[i + k].Lower == w).All(m => m))
                    yield return string.Join(' ', tokens.Skip(i).Take(phrase.Length).Select(t => t.Written));
    }

    /// <summary>
    /// A number that is a value: followed by a unit ("20 werkdagen", "80 %"), after a threshold ("maximaal 10",
    /// "binnen drie maanden") or a euro sign, or counting a noun ("4 bijeenkomsten"). Years, ages ("tot 18 jaar")
    /// and numbers of a class, article or programme are not.
    /// </summary>
    internal static bool HasNumberWithUnit(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            var isNumberWord = t.IsWord && lexicon.NumberWords.Contains(t.Lower);
            if (!t.IsNumber && !isNumberWord) continue;
            var next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            var previous = i > 0 ? tokens[i - 1] : null;
            var afterThreshold = previous is { Kind: WordTokenKind.Sign, Lower: "<" or ">" or "≤" or "≥" or "€" }
                                 || lexicon.Thresholds.Any(p => EndsAt(tokens, i, p));
            if (afterThreshold) return true;
            if (next is null) continue;
            if (lexicon.Units.Contains(next.Lower)) return true;
            if (!t.IsNumber || IsYear(t) || next is not { IsWord: true }) continue;
            // Ages and ranges ("van 12 tot 18 jaar", "1 of 2"), and numbers that name a class, article or programme.
            if (next.Lower is "jaar" or "jaren" or "jarigen" or "jarige" or "t" or "tot" or "of" or "en" or "à" or "a"
                || previous?.Lower is "klas" or "groep" or "artikel" or "fase" or "niveau" or "programma" or "hoofdstuk" or "paragraaf"
                    or "taakveld" or "thema" or "bijlage")
                continue;
            return true;
        }
        return false;
    }

    internal static bool IsYear(WordToken t) => t.Lower.Length == 4 && int.TryParse(t.Lower, out var year) && year is >= 1900 and <= 2100;

    /// <summary>True when the words of <paramref name="phrase"/> stand right before token <paramref name="at"/>.</summary>
    internal static bool EndsAt(IReadOnlyList<WordToken> tokens, int at, string[] phrase) =>
        at >= phrase.Length && phrase.Select((w, k) => tokens[at - phrase.Length + k].Lower == w).All(m => m);
}
