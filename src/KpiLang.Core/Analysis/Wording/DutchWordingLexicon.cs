using System.Collections.Frozen;
using System.Text.Json;

namespace KpiLang.Analysis.Wording;

/// <summary>
/// The Dutch words the wording analysis reads (dutch-wording.json, embedded), expanded once into every form it
/// matches: verb forms from infinitives, Snowball stems of quantity words and deliverables, and adjective bases.
/// </summary>
internal sealed class DutchWordingLexicon
{
    public static DutchWordingLexicon Default { get; } = Load();

    /// <summary>Quantity words and their plurals (aantal, aantallen, scores, kosten); not Snowball stems, which would
    /// make "bereikbaarheid" a form of "bereik".</summary>
    public required FrozenSet<string> QuantityForms { get; init; }
    public required string[] QuantitySuffixes { get; init; }
    public required string[][] MeasurePhrases { get; init; }
    public required FrozenSet<string> Units { get; init; }
    public required FrozenSet<string> NumberWords { get; init; }
    public required string[][] Thresholds { get; init; }

    /// <summary>Every recognised verb form, mapped to the infinitive it belongs to (separable verbs joined: meedoen).</summary>
    public required FrozenDictionary<string, string> VerbsByForm { get; init; }

    /// <summary>
    /// Bare verb stems ("werk", "zorg", "gebruik"): a form only of the first person, and in indicator texts almost
    /// always the noun, so they are not read as verbs.
    /// </summary>
    public required FrozenSet<string> BareStems { get; init; }
    public required FrozenSet<string> Particles { get; init; }
    public required FrozenSet<string> Subordinators { get; init; }
    public required FrozenSet<string> Subjects { get; init; }
    public required FrozenSet<string> EvaluativeBases { get; init; }
    public required FrozenDictionary<string, string> IrregularComparatives { get; init; }
    public required FrozenSet<string> DeliverableStems { get; init; }

    /// <summary>Participles that say something concrete was brought about ('gerealiseerd', 'vastgesteld').</summary>
    public required FrozenSet<string> RealisedForms { get; init; }

    public required FrozenSet<string> Quantifiers { get; init; }

    /// <summary>The forms of zijn, worden and hebben (is, zijn, wordt, heeft, …).</summary>
    public required FrozenSet<string> AuxiliaryForms { get; init; }

    /// <summary>Every form of a word that states a direction: vermindert, gedaald, stijging, gelijk.</summary>
    public required FrozenSet<string> DirectionForms { get; init; }

    private static DutchWordingLexicon Load()
    {
        using var stream = typeof(DutchWordingLexicon).Assembly.GetManifestResourceStream("KpiLang.Analysis.Wording.dutch-wording.json")
            ?? throw new InvalidOperationException("dutch-wording.json is not embedded");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = document.RootElement;
        string[] List(string name) => [.. root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant())];
        string[][] Phrases(string name) => [.. List(name).Select(p => p.Split(' '))];

        return new DutchWordingLexicon
        {
            QuantityForms = List("grootheden").SelectMany(Plurals).ToFrozenSet(StringComparer.Ordinal),
            QuantitySuffixes = List("grootheid-achtervoegsels"),
            MeasurePhrases = Phrases("maatzinnen"),
            Units = List("eenheden").ToFrozenSet(StringComparer.Ordinal),
            NumberWords = List("telwoorden").ToFrozenSet(StringComparer.Ordinal),
            Thresholds = Phrases("drempels"),
            VerbsByForm = ExpandVerbs(List("werkwoorden"), root.GetProperty("onregelmatig"), out var bareStems),
            BareStems = bareStems,
            Particles = List("partikels").ToFrozenSet(StringComparer.Ordinal),
            Subordinators = List("onderschikkers").ToFrozenSet(StringComparer.Ordinal),
            Subjects = List("onderwerpen").ToFrozenSet(StringComparer.Ordinal),
            EvaluativeBases = List("waarderend").ToFrozenSet(StringComparer.Ordinal),
            IrregularComparatives = root.GetProperty("vergrotend").EnumerateObject()
                .ToFrozenDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal),
            DeliverableStems = List("opleveringen").Select(DutchStem.Of).ToFrozenSet(StringComparer.Ordinal),
            RealisedForms = List("voltooiingen").ToFrozenSet(StringComparer.Ordinal),
            Quantifiers = List("kwantoren").ToFrozenSet(StringComparer.Ordinal),
            AuxiliaryForms = List("hulpwerkwoorden").SelectMany(VerbForms.Of)
                .Concat(List("hulpwerkwoorden").SelectMany(v => root.GetProperty("onregelmatig").TryGetProperty(v, out var extra)
                    ? extra.EnumerateArray().Select(e => e.GetString()!) : []))
                .ToFrozenSet(StringComparer.Ordinal),
            DirectionForms = List("richtingen").SelectMany(w => w.EndsWith("en", StringComparison.Ordinal) ? VerbForms.Of(w) : [w])
                .ToFrozenSet(StringComparer.Ordinal),
        };
    }

    /// <summary>A noun and its regular plurals: aantal → aantallen, score → scores, graad → graden.</summary>
    private static IEnumerable<string> Plurals(string noun) =>
        [noun, noun + "s", noun + "n", noun + "en", noun + noun[^1] + "en",
            noun.Length > 3 && noun[^2] == noun[^3] ? noun[..^2] + noun[^1] + "en" : noun];

    /// <summary>
    /// Each infinitive's forms (VerbForms.Of plus the irregular ones). A separable verb ("mee|doen") adds its joined
    /// forms (meedoen, meegedaan, mee te doen is read as 'te' + meedoen's base); its split forms are those of the base
    /// verb ("doet … mee"), which the analysis joins with the particle.
    /// </summary>
    private static FrozenDictionary<string, string> ExpandVerbs(string[] infinitives, JsonElement irregular, out FrozenSet<string> bareStems)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        var listed = new HashSet<string>(irregular.EnumerateObject().SelectMany(p => p.Value.EnumerateArray()).Select(e => e.GetString()!), StringComparer.Ordinal);
        foreach (var entry in infinitives)
        {
            var bar = entry.IndexOf('|');
            var particle = bar < 0 ? "" : entry[..bar];
            var verb = bar < 0 ? entry : entry[(bar + 1)..];
            var joined = particle + verb;
            var verbForms = VerbForms.Of(verb).ToList();
            stems.UnionWith(VerbForms.Stems(verb).Where(stem => !listed.Contains(stem)));
            if (irregular.TryGetProperty(verb, out var extra)) verbForms.AddRange(extra.EnumerateArray().Select(e => e.GetString()!));
            foreach (var form in verbForms)
            {
                forms.TryAdd(form, verb);
                if (particle.Length > 0) forms.TryAdd(particle + form, joined);
            }
        }
        bareStems = stems.ToFrozenSet(StringComparer.Ordinal);
        return forms.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
