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
        var dimensions = new HashSet<string?>();
        var clause = new List<WordToken>();
        foreach (var t in tokens.Append(new WordToken(",", ",", WordTokenKind.Boundary, tokens.Count)))
        {
            if (t.Kind == WordTokenKind.Boundary || t.Lower == "en")
            {
                var verbs = Clauses.Verbs([clause], lexicon);
                var heads = Quantities.Heads(clause, lexicon);
                if (!verbs.IsEmpty && (heads.Count > 0 || Quantities.HasNumberWithUnit(clause, lexicon)))
                {
                    measured.Add(heads.Count > 0 ? heads[0].Written : string.Join(' ', clause.Take(4).Select(w => w.Written)));
                    // A quantity word says nothing of whose measure it is ("het percentage jongeren blijft gelijk en het
                    // percentage ouderen wordt kleiner" is two): only numbers with units of one kind are one measure.
                    dimensions.Add(heads.Count > 0 ? null : UnitDimension(clause, lexicon));
                }
                clause = [];
                continue;
            }
            clause.Add(t);
        }
        // "Binnen 1 dag terugbellen; lukt dat niet, dan uiterlijk binnen 5 werkdagen": one measure (a duration) with
        // two thresholds, or one per kind of case, is not two measures.
        var oneMeasure = dimensions.Count == 1 && dimensions.Single() is not null;
        return measured.Count >= 2 && !oneMeasure ? (measured[0], measured[1]) : null;
    }

    private static readonly string[] TimeUnits =
        ["seconde", "seconden", "minuut", "minuten", "uur", "uren", "dag", "dagen", "werkdag", "werkdagen", "kalenderdag", "kalenderdagen",
         "week", "weken", "maand", "maanden"];

    /// <summary>What a clause's number with a unit measures: a duration, a share, a count or an amount; null when it cannot be told.</summary>
    private static string? UnitDimension(List<WordToken> clause, DutchWordingLexicon lexicon)
    {
        string? found = null;
        for (var i = 0; i + 1 < clause.Count; i++)
        {
            // A number or a number word ("binnen twee weken"), not "per week", which is a rate.
            if (!clause[i].IsNumber && !(clause[i].IsWord && lexicon.NumberWords.Contains(clause[i].Lower))) continue;
            var unit = clause[i + 1].Lower;
            var dimension = TimeUnits.Contains(unit) ? "duur" : unit is "%" or "procent" ? "percentage" : unit is "keer" ? "aantal" : unit is "euro" ? "bedrag" : null;
            if (dimension is null) continue;
            if (found is not null && found != dimension) return null;
            found = dimension;
        }
        return found;
    }
}
