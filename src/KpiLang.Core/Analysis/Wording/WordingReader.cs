using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace KpiLang.Analysis.Wording;

/// <summary>
/// Reads the build of an indicator text into an <see cref="IndicatorWording"/>. Quantities are looked for in the whole text
/// (a rate in brackets counts); verbs, valuations and comparisons only in the main clauses of the text without its
/// quotations and brackets, because "Percentage inwoners dat zich veilig voelt" has its verb and its valuation in a
/// relative clause that belongs to the measure.
/// </summary>
internal static partial class WordingReader
{
    private static readonly string[] Determiners = ["het", "de", "een"];
    private static readonly string[] Conjunctions = ["en", "of", "/"];

    public static IndicatorWording Read(string text, DutchWordingLexicon lexicon)
    {
        var all = WordTokenizer.Split(text);
        var own = WordTokenizer.Split(Citation().Replace(text, " "));
        var heads = QuantityHeads(all, lexicon);
        var clauses = MainClauses(own, lexicon);
        var (valuations, comparatives) = Valuations(clauses, lexicon);
        return IndicatorWording.Create(
            [.. heads.Select(h => h.Written).Concat(MeasurePhrases(all, lexicon)).Distinct()],
            HasNumberWithUnit(all, lexicon),
            Verbs(clauses, lexicon),
            StartsWithActivity(own, lexicon),
            valuations, comparatives,
            Bundle(all, heads),
            own.Any(t => t.IsWord && lexicon.DeliverableStems.Contains(DutchStem.Of(t.Lower))));
    }

    // --- quantities ---------------------------------------------------------------------------------------------

    /// <summary>Words that name a quantity: listed ones in any inflection, compounds ending in one, and the % sign.</summary>
    private static List<WordToken> QuantityHeads(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
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

    private static IEnumerable<string> MeasurePhrases(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
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
    private static bool HasNumberWithUnit(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
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

    private static bool IsYear(WordToken t) => t.Lower.Length == 4 && int.TryParse(t.Lower, out var year) && year is >= 1900 and <= 2100;

    /// <summary>True when the words of <paramref name="phrase"/> stand right before token <paramref name="at"/>.</summary>
    private static bool EndsAt(IReadOnlyList<WordToken> tokens, int at, string[] phrase) =>
        at >= phrase.Length && phrase.Select((w, k) => tokens[at - phrase.Length + k].Lower == w).All(m => m);

    /// <summary>
    /// Two measures in one text: two quantity words joined by "en"/"of"/"/" ("aantal en duur"), or a second one that
    /// starts a new phrase ("… beweegt. Het aantal …"). Adjacent words are one measure ("gemiddelde score").
    /// </summary>
    private static (string, string)? Bundle(IReadOnlyList<WordToken> tokens, List<WordToken> heads)
    {
        for (var h = 1; h < heads.Count; h++)
        {
            var first = heads[h - 1];
            var second = heads[h];
            if (second.Index - first.Index <= 1 || DutchStem.Of(first.Lower) == DutchStem.Of(second.Lower)) continue;
            var between = tokens.Skip(first.Index + 1).Take(second.Index - first.Index - 1).ToList();
            if (between.Count == 1 && Conjunctions.Contains(between[0].Lower)) return (first.Written, second.Written);
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

    // --- clauses, verbs and valuations ------------------------------------------------------------------------

    /// <summary>
    /// The main clause of each sentence: its words up to a comma or a word that starts a subordinate clause (dat,
    /// die, om, zodat, …). A sentence that starts with one ("Als u belt, …") has its main clause after the comma.
    /// </summary>
    private static List<List<WordToken>> MainClauses(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
    {
        var clauses = new List<List<WordToken>>();
        foreach (var sentence in Sentences(tokens))
        {
            var start = 0;
            if (sentence.Count > 0 && lexicon.Subordinators.Contains(sentence[0].Lower))
            {
                var comma = sentence.FindIndex(t => t.Lower == ",");
                if (comma < 0) continue;
                start = comma + 1;
            }
            var clause = new List<WordToken>();
            for (var i = start; i < sentence.Count; i++)
            {
                var t = sentence[i];
                if (t.Lower == "," || (i > start && t.IsWord && lexicon.Subordinators.Contains(t.Lower))) break;
                clause.Add(t);
            }
            clauses.Add(clause);
        }
        return clauses;
    }

    private static IEnumerable<List<WordToken>> Sentences(IReadOnlyList<WordToken> tokens)
    {
        var sentence = new List<WordToken>();
        foreach (var t in tokens)
        {
            if (t.Kind == WordTokenKind.Boundary && t.Lower is "." or ";" or ":" or "?" or "!" or "\n")
            {
                if (sentence.Count > 0) yield return sentence;
                sentence = [];
                continue;
            }
            sentence.Add(t);
        }
        if (sentence.Count > 0) yield return sentence;
    }

    /// <summary>
    /// Verb forms in the main clauses, as written; a separable verb with its particle ("doet … mee"). Bare stems
    /// ("werk", "zorg") are left out: in an indicator text they are nouns.
    /// </summary>
    private static ImmutableArray<string> Verbs(List<List<WordToken>> clauses, DutchWordingLexicon lexicon)
    {
        var verbs = ImmutableArray.CreateBuilder<string>();
        foreach (var clause in clauses)
        {
            for (var i = 0; i < clause.Count; i++)
            {
                var t = clause[i];
                if (!t.IsWord || !lexicon.VerbsByForm.ContainsKey(t.Lower) || lexicon.BareStems.Contains(t.Lower)) continue;
                var particle = clause.Skip(i + 1).LastOrDefault(p => p.IsWord && lexicon.Particles.Contains(p.Lower)
                    && lexicon.VerbsByForm.ContainsKey(p.Lower + lexicon.VerbsByForm[t.Lower]));
                verbs.Add(particle is null ? t.Written : $"{t.Written} … {particle.Written}");
            }
        }
        return verbs.ToImmutable();
    }

    /// <summary>
    /// The text begins with an activity: a verb's infinitive, optionally after "het" ("het afstemmen van", "Versterken
    /// van"), or "er" + preposition before a verb with "te" ("erop toe te zien").
    /// </summary>
    private static bool StartsWithActivity(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
    {
        var words = tokens.Where(t => t.IsWord).Take(5).ToList();
        if (words.Count == 0) return false;
        var first = words[0].Lower == "het" && words.Count > 1 ? words[1] : words[0];
        if (lexicon.VerbsByForm.ContainsKey(first.Lower) && first.Lower.EndsWith('n') && !lexicon.BareStems.Contains(first.Lower)) return true;
        return words[0].Lower.StartsWith("er", StringComparison.Ordinal) && words[0].Lower.Length > 3
               && words.Skip(1).Take(3).Any(w => w.Lower == "te");
    }

    /// <summary>
    /// Adjectives that value a state, with their inflected ("veilige"), comparative ("toegankelijker", "redzamer")
    /// and superlative forms, as written; comparatives are returned apart.
    /// </summary>
    private static (ImmutableArray<string> Valuations, ImmutableArray<string> Comparatives) Valuations(
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
    private static IEnumerable<string> Inflected(string word) =>
        word.EndsWith('e') && word.Length > 3 ? Bases(word[..^1]) : [];

    /// <summary>The base of a comparative or superlative: sterker → sterk, redzamer → redzaam, duurder → duur, gezondst → gezond.</summary>
    private static IEnumerable<string> Compared(string word)
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
    private static IEnumerable<string> Bases(string root)
    {
        yield return root;
        if (root.Length >= 2 && root[^1] == root[^2]) yield return root[..^1];
        if (root.Length >= 3 && "aeou".Contains(root[^2]) && !"aeiou".Contains(root[^1]) && !"aeiou".Contains(root[^3]))
            yield return root[..^1] + root[^2] + root[^1];
        if (root.EndsWith('z')) yield return root[..^1] + "s";
        if (root.EndsWith('v')) yield return root[..^1] + "f";
    }

    /// <summary>Quoted and bracketed parts: cited answer categories and examples, not the indicator's own wording.</summary>
    [GeneratedRegex(@"\([^()]*\)|(?<!\w)['‘“""][^'’”""]{1,60}['’”""](?!\w)")]
    private static partial Regex Citation();
}
