using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using KpiLang.Tables.Writing;

namespace KpiLang.Tables.Conversion;

/// <summary>
/// Derives names from texts: lower case, accents dropped, words joined by '_', the first few meaningful words (Dutch
/// filler words such as "het", "dat", "van" left out), starting with a letter. A name that is a reserved word of the
/// language gets the declaration kind after it ("minimaal_indicator"), a text without letters before it ("indicator_2019");
/// a name already taken gets _2, _3, … in row order.
/// The same table always gives the same names, so a second conversion can be compared with the first.
/// </summary>
internal sealed class NameMaker
{
    private const int MaxWords = 5;
    private const int MaxLength = 40;

    private static readonly FrozenSet<string> Filler = FrozenSet.Create(StringComparer.Ordinal,
        "de", "het", "een", "en", "of", "van", "in", "op", "aan", "met", "voor", "door", "dat", "die", "dit", "deze", "is",
        "zijn", "wordt", "worden", "te", "tot", "bij", "naar", "om", "uit", "als", "er", "hun", "haar", "zich", "we", "wij",
        "u", "ze", "niet", "ook", "nog", "al", "per", "over", "dan");

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _actors = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _goals = new(StringComparer.Ordinal);
    private readonly ImmutableArray<NamedTitle>.Builder _actorList = ImmutableArray.CreateBuilder<NamedTitle>();
    private readonly ImmutableArray<NamedTitle>.Builder _goalList = ImmutableArray.CreateBuilder<NamedTitle>();

    /// <summary>The actors named so far, in order of first appearance, with the title as first written.</summary>
    public ImmutableArray<NamedTitle> Actors => _actorList.ToImmutable();

    public ImmutableArray<NamedTitle> Goals => _goalList.ToImmutable();

    /// <summary>One actor per owner, whatever its capitals: "Aanbieder" and "aanbieder" are the same party.</summary>
    public string Actor(string title) => Once(_actors, _actorList, title, "actor");

    public string Goal(string title) => Once(_goals, _goalList, title, "doel");

    public string Indicator(string title) => Take(title, "indicator");

    private string Once(Dictionary<string, string> known, ImmutableArray<NamedTitle>.Builder list, string title, string kind)
    {
        if (known.TryGetValue(title, out var name)) return name;
        name = Take(title, kind);
        known[title] = name;
        list.Add(new NamedTitle(name, title));
        return name;
    }

    private string Take(string text, string kind)
    {
        var name = Derive(text);
        // A text of numbers only ("2019") gets the kind in front; a name must start with a letter.
        if (name.Length == 0) name = Words(text) is { Count: > 0 } numbers ? $"{kind}_{string.Join('_', numbers.Take(MaxWords))}" : $"naamloos_{kind}";
        if (!KpiSyntax.IsName(name)) name = $"{name}_{kind}";
        var unique = name;
        for (var n = 2; !_taken.Add(unique); n++) unique = $"{name}_{n}";
        return unique;
    }

    public static string Derive(string text)
    {
        var words = Words(text);
        // "kinderen: % kinderen met een gezond gewicht" → kinderen_gezond_gewicht: a word once is enough.
        var meaningful = words.Where(w => !Filler.Contains(w)).Distinct(StringComparer.Ordinal).ToList();
        if (meaningful.Count == 0) meaningful = words;
        var chosen = new List<string>();
        var length = 0;
        foreach (var word in meaningful.SkipWhile(w => !char.IsLetter(w[0])))
        {
            if (chosen.Count == MaxWords || (chosen.Count > 0 && length + 1 + word.Length > MaxLength)) break;
            chosen.Add(word.Length > MaxLength ? word[..MaxLength] : word);
            length += (chosen.Count > 1 ? 1 : 0) + chosen[^1].Length;
        }
        return string.Join('_', chosen);
    }

    /// <summary>
    /// The words of a text in lower case without accents ("Cliënten" → "clienten"), a number written with separators
    /// as one word ("1.000" → "1000"); anything else separates words.
    /// </summary>
    private static List<string> Words(string text)
    {
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            if (c is '.' or ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])) continue;
            plain.Append(Unaccented.TryGetValue(c, out var bare) ? bare : char.IsLetter(c) || char.IsAsciiDigit(c) ? c.ToString() : " ");
        }
        return [.. plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    // Written out rather than Unicode-normalised: kpic runs with invariant globalization, where normalisation of
    // non-ASCII text is not available. These are the accented letters of Dutch (and its loanwords); any other letter
    // stays as it is, which the language allows in a name.
    private static readonly FrozenDictionary<char, string> Unaccented = new Dictionary<char, string>
    {
        ['á'] = "a", ['à'] = "a", ['â'] = "a", ['ä'] = "a", ['ã'] = "a", ['å'] = "a",
        ['é'] = "e", ['è'] = "e", ['ê'] = "e", ['ë'] = "e",
        ['í'] = "i", ['ì'] = "i", ['î'] = "i", ['ï'] = "i",
        ['ó'] = "o", ['ò'] = "o", ['ô'] = "o", ['ö'] = "o", ['õ'] = "o",
        ['ú'] = "u", ['ù'] = "u", ['û'] = "u", ['ü'] = "u",
        ['ý'] = "y", ['ÿ'] = "y", ['ç'] = "c", ['ñ'] = "n", ['ĳ'] = "ij", ['ß'] = "ss",
    }.ToFrozenDictionary();
}
