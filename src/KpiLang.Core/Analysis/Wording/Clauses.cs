using System.Collections.Immutable;

namespace KpiLang.Analysis.Wording;

/// <summary>Sentences, their main clauses, the verbs in them, and whether a text begins with an activity.</summary>
internal static class Clauses
{
    /// <summary>
    /// The main clause of each sentence: its words outside subordinate clauses, where a subordinate clause runs from a
    /// word that starts one (dat, die, om, zodat, als, …) to the next comma. "Voor inwoners die zich niet redden, is
    /// er hulp" has "Voor inwoners … is er hulp" as main clause; "Als u belt, nemen wij …" has "nemen wij …".
    /// </summary>
    internal static List<List<WordToken>> MainClauses(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
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

    internal static IEnumerable<List<WordToken>> Sentences(IReadOnlyList<WordToken> tokens)
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
    internal static ImmutableArray<string> Verbs(List<List<WordToken>> clauses, DutchWordingLexicon lexicon)
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
    internal static bool IsCompletionOfACountableSet(List<WordToken> clause, DutchWordingLexicon lexicon)
    {
        if (!clause.Any(t => t.IsWord && lexicon.Quantifiers.Contains(t.Lower))) return false;
        var verbForms = clause.Where(t => t.IsWord && lexicon.VerbsByForm.ContainsKey(t.Lower) && !lexicon.BareStems.Contains(t.Lower)).ToList();
        return verbForms.All(t => lexicon.AuxiliaryForms.Contains(t.Lower)) && clause.Any(t => t.IsWord && IsParticiple(t.Lower, lexicon));
    }

    /// <summary>
    /// "Een gezamenlijke organisatie is uiterlijk eind 2018 gerealiseerd": an auxiliary and a participle that says
    /// something was brought about, and no other verb. A milestone that can be checked, not a wish.
    /// </summary>
    internal static bool IsRealisedMilestone(List<WordToken> clause, DutchWordingLexicon lexicon)
    {
        var realised = clause.Where(t => t.IsWord && lexicon.RealisedForms.Contains(t.Lower)).ToList();
        if (realised.Count == 0 || !clause.Any(t => t.IsWord && lexicon.AuxiliaryForms.Contains(t.Lower))) return false;
        return clause.Where(t => t.IsWord && lexicon.VerbsByForm.ContainsKey(t.Lower) && !lexicon.BareStems.Contains(t.Lower))
            .All(t => lexicon.AuxiliaryForms.Contains(t.Lower) || realised.Contains(t));
    }

    /// <summary>A past participle: (particle) ge… ending in d, t or en (doorgelicht, aangesloten, gedaan), or be-/ver-/ont-/her-… ending in d or t.</summary>
    internal static bool IsParticiple(string word, DutchWordingLexicon lexicon)
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
    internal static bool StartsWithActivity(IReadOnlyList<WordToken> tokens, DutchWordingLexicon lexicon)
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

    internal static bool IsInfinitive(WordToken word, DutchWordingLexicon lexicon) =>
        word.Lower.EndsWith('n') && lexicon.VerbsByForm.ContainsKey(word.Lower) && !lexicon.BareStems.Contains(word.Lower);
}
