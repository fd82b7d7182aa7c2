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
        var verbs = Verbs(clauses, lexicon);
        var numberWithUnit = HasNumberWithUnit(all, lexicon);
        return IndicatorWording.Create(
            [.. heads.Select(h => h.Written).Concat(MeasurePhrases(all, lexicon)).Distinct()],
            numberWithUnit,
            verbs,
            StartsWithActivity(own, lexicon),
            valuations, comparatives,
            Bundle(own, QuantityHeads(own, lexicon)) ?? ClauseBundle(own, lexicon),
            own.Any(t => t.IsWord && lexicon.DeliverableStems.Contains(DutchStem.Of(t.Lower))),
            Statement(all, verbs, numberWithUnit, lexicon));
    }

    /// <summary>
    /// What a sentence says of its own target: a threshold with a number, or any number with a unit in a sentence
    /// ("De website is 24 uur per dag bereikbaar"); a direction word; a year. A noun phrase states none.
    /// </summary>
    private static TargetStatement Statement(IReadOnlyList<WordToken> tokens, ImmutableArray<string> verbs, bool numberWithUnit,
        DutchWordingLexicon lexicon)
    {
        if (verbs.IsEmpty && !StartsWithThreshold(tokens, lexicon)) return TargetStatement.None;
        var threshold = Enumerable.Range(0, tokens.Count).Any(i => (tokens[i].IsNumber || lexicon.NumberWords.Contains(tokens[i].Lower))
            && lexicon.Thresholds.Any(p => EndsAt(tokens, i, p)));
        return new TargetStatement(threshold || numberWithUnit,
            tokens.Any(t => t.IsWord && lexicon.DirectionForms.Contains(t.Lower)),
            tokens.Any(t => t.IsNumber && IsYear(t)));
    }

    /// <summary>"Binnen drie maanden na …", "Maximaal 5 % recidiveert": a norm that begins the text.</summary>
    private static bool StartsWithThreshold(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon) =>
        tokens.Count > 1 && lexicon.Thresholds.Any(p => p.Length < tokens.Count && p.Select((w, k) => tokens[k].Lower == w).All(m => m));

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
    private static (string, string)? ClauseBundle(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
    {
        var measured = new List<string>();
        var clause = new List<WordToken>();
        foreach (var t in tokens.Append(new WordToken(",", ",", WordTokenKind.Boundary, tokens.Count)))
        {
            if (t.Kind == WordTokenKind.Boundary || t.Lower == "en")
            {
                var verbs = Verbs([clause], lexicon);
                var heads = QuantityHeads(clause, lexicon);
                if (!verbs.IsEmpty && (heads.Count > 0 || HasNumberWithUnit(clause, lexicon)))
                    measured.Add(heads.Count > 0 ? heads[0].Written : string.Join(' ', clause.Take(4).Select(w => w.Written)));
                clause = [];
                continue;
            }
            clause.Add(t);
        }
        return measured.Count >= 2 ? (measured[0], measured[1]) : null;
    }

    // --- clauses, verbs and valuations ------------------------------------------------------------------------

    /// <summary>
    /// The main clause of each sentence: its words outside subordinate clauses, where a subordinate clause runs from a
    /// word that starts one (dat, die, om, zodat, als, …) to the next comma. "Voor inwoners die zich niet redden, is
    /// er hulp" has "Voor inwoners … is er hulp" as main clause; "Als u belt, nemen wij …" has "nemen wij …".
    /// </summary>
    private static List<List<WordToken>> MainClauses(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
    {
        var clauses = new List<List<WordToken>>();
        foreach (var sentence in Sentences(tokens))
        {
            var clause = new List<WordToken>();
            var subordinate = false;
            foreach (var t in sentence)
            {
                if (t.Lower == ",") { subordinate = false; continue; }
                if (t.IsWord && lexicon.Subordinators.Contains(t.Lower)) subordinate = true;
                if (!subordinate) clause.Add(t);
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
            if (IsCompletionOfACountableSet(clause, lexicon)) continue;
            for (var i = 0; i < clause.Count; i++)
            {
                var t = clause[i];
                if (!t.IsWord || !lexicon.VerbsByForm.ContainsKey(t.Lower) || lexicon.BareStems.Contains(t.Lower)) continue;
                // First and followed by a noun ("Ervaren eenzaamheid", "Geboden ondersteuning"), a verb form is an adjective.
                if (i == 0 && clause.Count > 1 && clause[1].IsWord && !ActivityFollowers.Contains(clause[1].Lower)
                    && !lexicon.VerbsByForm.ContainsKey(clause[1].Lower) && !lexicon.Subjects.Contains(clause[1].Lower)) continue;
                var particle = clause.Skip(i + 1).LastOrDefault(p => p.IsWord && lexicon.Particles.Contains(p.Lower)
                    && lexicon.VerbsByForm.ContainsKey(p.Lower + lexicon.VerbsByForm[t.Lower]));
                verbs.Add(particle is null ? t.Written : $"{t.Written} … {particle.Written}");
            }
        }
        return verbs.ToImmutable();
    }

    /// <summary>
    /// "Alle gesubsidieerde voorzieningen zijn doorgelicht": a whole set (alle, elke) and a completed state
    /// (an auxiliary and a participle) says per member something that can be checked, so its share can be counted.
    /// "Alle inwoners doen mee" has a full verb and stays a wish.
    /// </summary>
    private static bool IsCompletionOfACountableSet(List<WordToken> clause, DutchWordingLexicon lexicon)
    {
        if (!clause.Any(t => t.IsWord && lexicon.Quantifiers.Contains(t.Lower))) return false;
        var verbForms = clause.Where(t => t.IsWord && lexicon.VerbsByForm.ContainsKey(t.Lower) && !lexicon.BareStems.Contains(t.Lower)).ToList();
        return verbForms.All(t => lexicon.AuxiliaryForms.Contains(t.Lower)) && clause.Any(t => t.IsWord && IsParticiple(t.Lower, lexicon));
    }

    /// <summary>A past participle: (particle) ge… ending in d, t or en (doorgelicht, aangesloten, gedaan), or be-/ver-/ont-/her-… ending in d or t.</summary>
    private static bool IsParticiple(string word, DutchWordingLexicon lexicon)
    {
        var rest = lexicon.Particles.Where(p => word.StartsWith(p + "ge", StringComparison.Ordinal)).Select(p => word[p.Length..]).FirstOrDefault() ?? word;
        if (rest.StartsWith("ge", StringComparison.Ordinal) && rest.Length >= 5 && (rest.EndsWith('d') || rest.EndsWith('t') || rest.EndsWith("en", StringComparison.Ordinal)))
            return true;
        return word.Length >= 6 && (word.EndsWith('d') || word.EndsWith('t'))
            && new[] { "be", "ver", "ont", "her" }.Any(p => word.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>
    /// The text begins with an activity: a verb's infinitive, optionally after "het" ("het afstemmen van", "Versterken
    /// van"), or "er" + preposition before a verb with "te" ("erop toe te zien").
    /// </summary>
    private static bool StartsWithActivity(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
    {
        var words = tokens.Where(t => t.IsWord).ToList();
        if (words.Count == 0) return false;
        var at = words[0].Lower == "het" && words.Count > 1 ? 1 : 0;
        if (IsInfinitive(words[at], lexicon) && (at + 1 == words.Count || ActivityFollowers.Contains(words[at + 1].Lower))) return true;
        // "Onze dienstverlening toegankelijker maken": an infinitive that closes a text with no other verb.
        if (words.Count > 1 && IsInfinitive(words[^1], lexicon)
            && words.Take(words.Count - 1).All(w => !lexicon.VerbsByForm.ContainsKey(w.Lower) || lexicon.BareStems.Contains(w.Lower)))
            return true;
        return words[0].Lower.StartsWith("er", StringComparison.Ordinal) && words[0].Lower.Length > 3
               && words.Skip(1).Take(3).Any(w => w.Lower == "te");
    }

    /// <summary>What follows the infinitive of an activity: "Versterken van …", "Inzetten op …", "Zorgen dat …".</summary>
    private static readonly string[] ActivityFollowers =
        ["van", "op", "aan", "voor", "met", "in", "bij", "tot", "naar", "om", "dat", "de", "het", "een", "te", "en", "of"];

    private static bool IsInfinitive(WordToken word, DutchWordingLexicon lexicon) =>
        word.Lower.EndsWith('n') && lexicon.VerbsByForm.ContainsKey(word.Lower) && !lexicon.BareStems.Contains(word.Lower);

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
