using System.Collections.Frozen;
using System.Text.Json;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules.Smart;

public enum VagueKind
{
    /// <summary>A verb or adjective that says something should get better without saying what: verbeteren, passend.</summary>
    Vague,

    /// <summary>A container word (Divosa): zelfredzaamheid, normaliseren; it must be made concrete per doelgroep.</summary>
    Container,

    /// <summary>"meer", "minder", "toename": a comparison that means nothing without a baseline.</summary>
    Comparative,
}

public sealed record VagueTerm(string Term, VagueKind Kind);

/// <summary>
/// The Dutch words the Specifiek rule looks for, kept as data (vague-wording.json, embedded) so policy advisors
/// can review and extend the list without reading code. Matching is on whole words and phrases, case-insensitive.
/// </summary>
public sealed partial class VagueWordingLexicon
{
    private readonly FrozenDictionary<string, VagueTerm> _words;
    private readonly (string Phrase, VagueTerm Term)[] _phrases;
    private readonly string[] _instruments;

    private VagueWordingLexicon(FrozenDictionary<string, VagueTerm> words, (string, VagueTerm)[] phrases, string[] instruments)
    {
        _words = words;
        _phrases = phrases;
        _instruments = instruments;
    }

    public static VagueWordingLexicon Default { get; } = Load();

    /// <summary>The vague terms in a text, in order of appearance (phrases first).</summary>
    public IEnumerable<VagueTerm> Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        var words = Words(WithoutCitations(text));
        var joined = " " + string.Join(' ', words) + " ";
        // The term as found in the text, so a message quotes the user's own word ('lager', not the entry's 'hoger').
        foreach (var (phrase, term) in _phrases)
            if (joined.Contains(phrase, StringComparison.Ordinal)) yield return term with { Term = phrase.Trim() };
        foreach (var word in words)
            if (_words.TryGetValue(word, out var term)) yield return term with { Term = word };
    }

    /// <summary>True when the text names a measuring instrument that makes a container word concrete (ZRM…).</summary>
    public bool NamesInstrument(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var joined = " " + string.Join(' ', Words(text)) + " ";
        return _instruments.Any(i => joined.Contains(i, StringComparison.Ordinal));
    }

    /// <summary>
    /// Leaves out quoted and parenthesised parts: cited answer categories ('voldoende') and lists of examples
    /// (huisarts, welzijn) are not the indicator's own wording.
    /// </summary>
    private static string WithoutCitations(string text) => Citation().Replace(text, " ");

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^()]*\)|(?<!\w)['‘“""][^'’”""]{1,60}['’”""](?!\w)")]
    private static partial System.Text.RegularExpressions.Regex Citation();

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    private static VagueWordingLexicon Load()
    {
        using var stream = typeof(VagueWordingLexicon).Assembly.GetManifestResourceStream("KpiLang.Analysis.Rules.Smart.vague-wording.json")
            ?? throw new InvalidOperationException("vague-wording.json is not embedded");
        using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var words = new Dictionary<string, VagueTerm>(StringComparer.Ordinal);
        var phrases = new List<(string, VagueTerm)>();
        foreach (var (property, kind) in new[] { ("vaag", VagueKind.Vague), ("container", VagueKind.Container), ("vergelijkend", VagueKind.Comparative) })
        {
            foreach (var entry in document.RootElement.GetProperty(property).EnumerateArray())
            {
                var forms = entry.GetProperty("vormen").EnumerateArray().Select(f => f.GetString()!.ToLowerInvariant()).ToList();
                var term = new VagueTerm(forms[0], kind);
                foreach (var form in forms)
                {
                    if (form.Contains(' ')) phrases.Add((" " + form + " ", term));
                    else words.TryAdd(form, term);
                }
            }
        }
        var instruments = document.RootElement.GetProperty("instrumenten").EnumerateArray()
            .Select(i => " " + string.Join(' ', Words(i.GetString()!)) + " ").ToArray();
        return new VagueWordingLexicon(words.ToFrozenDictionary(StringComparer.Ordinal), [.. phrases], instruments);
    }

    /// <summary>Why the term is vague, as a whole sentence about it ("'zelfredzaamheid' is een containerbegrip; …").</summary>
    public static LocalizedText Explain(string term, VagueKind kind) => kind switch
    {
        VagueKind.Container => SmartRuleText.TermIsContainerWord(term),
        VagueKind.Comparative => SmartRuleText.TermIsComparisonWithoutBaseline(term),
        _ => SmartRuleText.TermIsVague(term),
    };
}
