using System.Collections.Immutable;

namespace KpiLang.Analysis.Wording;

/// <summary>Two measures in one indicator text.</summary>
internal static class Bundles
{
    private static readonly string[] Determiners = ["het", "de", "een"];
    private static readonly string[] Conjunctions = ["en", "of", "/"];

    /// <summary>
    /// Two measures in one text: two quantity words joined by "en"/"of"/"/" ("aantal en duur"), or a second one that
    /// starts a new phrase ("… beweegt. Het aantal …"). Adjacent words are one measure ("gemiddelde score").
    /// </summary>
    internal static (string, string)? ByQuantityWords(IReadOnlyList<WordToken> tokens, List<WordToken> heads)
    {
        for (var h = 1; h < heads.Count; h++)
        {
            var first = heads[h - 1];
            var second = heads[h];
            if (second.Index - first.Index <= 1 || DutchStem.Of(first.Lower) == DutchStem.Of(second.Lower)) continue;
            var between = tokens.Skip(first.Index + 1).Take(second.Index - first.Index - 1).ToList();
            if (between.Count == 1 && Conjunctions.Contains(between[0].Lower)) return (first.Written, second.Written);
            // A capitalised quantity word in the middle ("… in Ouder-Amstel Percentage obesitas …") starts a second
            // measure: two table lines run together.
            if (char.IsUpper(second.Written[0]) && tokens[second.Index - 1].IsWord) return (first.Written, second.Written);
            var before = second.Index - 1;
            if (before > 0 && Determiners.Contains(tokens[before].Lower))
            {
                if (char.IsUpper(tokens[before].Written[0])) return (first.Written, second.Written);
                before--;
            }
            if (before >= 0 && tokens[before].Kind == WordTokenKind.Boundary && tokens[before].Lower is "." or ";" or "\n")
                return (first.Written, second.Written);
        }
        return null;
    }

    /// <summary>
    /// Two clauses that each have a verb and a quantity ("… wordt niet meer dan 6 % ervaren en het aantal misdrijven
    /// blijft gelijk"): two measures with their own norm in one text.
    /// </summary>
    internal static (string, string)? ByClauses(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
    {
        var measured = new List<string>();
        var clause = new List<WordToken>();
        foreach (var t in tokens.Append(new WordToken(",", ",", WordTokenKind.Boundary, tokens.Count)))
        {
            if (t.Kind == WordTokenKind.Boundary || t.Lower == "en")
            {
                var verbs = Clauses.Verbs([clause], lexicon);
                var heads = Quantities.Heads(clause, lexicon);
                if (!verbs.IsEmpty && (heads.Count > 0 || Quantities.HasNumberWithUnit(clause, lexicon)))
                    measured.Add(heads.Count > 0 ? heads[0].Written : string.Join(' ', clause.Take(4).Select(w => w.Written)));
                clause = [];
                continue;
            }
            clause.Add(t);
        }
        return measured.Count >= 2 ? (measured[0], measured[1]) : null;
    }
}
