using Antlr4.Runtime;
using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;
using KpiLang.Syntax.Repairs;

namespace KpiLang.Syntax;

/// <summary>How the parser's tokens are named in its messages: "een naam", "':'", "het einde van het bestand".</summary>
internal static class TokenDescriptions
{
    private static readonly IVocabulary Vocabulary = KpiParser.DefaultVocabulary;

    private static readonly Dictionary<int, Keyword> WordsByType =
        Keywords.Words.ToDictionary(k => k.TokenType);

    private static readonly HashSet<int> PropertyKeyTypes =
        [.. Enum.GetValues<PropertyForm>().Select(Keywords.TokenTypeOf)];

    /// <summary>Words the grammar also takes as a name: where a name is expected they are not listed on their own.</summary>
    private static readonly HashSet<int> NameWords = [.. Keywords.Words.Where(k => k.MayBeName).Select(k => k.TokenType)];

    private static readonly int[] Comparators =
    [
        KpiParser.GREATER_EQUAL, KpiParser.LESS_EQUAL, KpiParser.GREATER, KpiParser.LESS, KpiParser.EQUALS, KpiParser.MINIMAAL,
        KpiParser.MAXIMAAL, KpiParser.PRECIES, KpiParser.TUSSEN, KpiParser.BINNEN, KpiParser.HOGER, KpiParser.LAGER, KpiParser.GELIJK, KpiParser.BETER,
        KpiParser.TOENAME, KpiParser.AFNAME, KpiParser.STABIEL,
    ];

    public static LocalizedText Describe(int type) => type switch
    {
        TokenConstants.EOF => new("het einde van het bestand", "the end of the file"),
        KpiParser.IDENTIFIER => new("een naam", "a name"),
        KpiParser.STRING or KpiParser.UNTERMINATED_STRING or KpiParser.TYPOGRAPHIC_STRING => new("een tekst tussen aanhalingstekens", "a quoted text"),
        KpiParser.NUMBER => new("een getal", "a number"),
        KpiParser.DATE => new("een datum (jjjj-mm-dd)", "a date (yyyy-mm-dd)"),
        KpiParser.DECLARATION => new("een declaratie (doel, indicator, …)", "a declaration (doel, indicator, …)"),
        KpiParser.IMPORTEER => Same("'importeer'"),
        KpiParser.KEY_TAIL => Same("'aan'"),
        KpiParser.GREATER_EQUAL => Same("'>='"),
        KpiParser.LESS_EQUAL => Same("'<='"),
        _ when PropertyKeyTypes.Contains(type) => new("een eigenschap (zoals 'eigenaar:')", "a property (such as 'eigenaar:')"),
        _ when WordsByType.TryGetValue(type, out var word) => Same($"'{word.Text}'"),
        _ => Same(Vocabulary.GetLiteralName(type) is { } literal ? $"'{literal.Trim('\'')}'" : Vocabulary.GetSymbolicName(type) ?? type.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    };

    /// <summary>
    /// A token as it was found, to follow "onverwacht"/"unexpected": "'doel'", "einde van het bestand". Without the
    /// article of <see cref="Describe"/>, which reads well after "verwacht" but gave "unexpected the end of the file".
    /// </summary>
    public static LocalizedText DescribeFound(IToken token) => token switch
    {
        { Type: TokenConstants.EOF } => new("einde van het bestand", "end of file"),
        { Type: KpiParser.STRING or KpiParser.UNTERMINATED_STRING } => new($"de tekst {Shorten(token.Text)}", $"the text {Shorten(token.Text)}"),
        RepairedToken { Keyword: not null } or { Type: KpiParser.JA_NEE } => new($"sleutelwoord '{token.Text}'", $"keyword '{token.Text}'"),
        _ => Same($"'{Shorten(token.Text)}'"),
    };

    /// <summary>
    /// Describes a set of expected tokens the way a person would: a short list is spelled out, the property keys and
    /// the comparisons are named as a group.
    /// </summary>
    public static LocalizedText DescribeExpected(IReadOnlyCollection<int> expected)
    {
        var remaining = new HashSet<int>(expected);
        var nl = new List<string>();
        var en = new List<string>();

        void Group(IReadOnlyCollection<int> members, int minimum, string groupNl, string groupEn)
        {
            if (members.Count(remaining.Contains) < minimum) return;
            remaining.ExceptWith(members);
            nl.Add(groupNl);
            en.Add(groupEn);
        }

        // Words that may also be a name are "een naam" where a name is expected, not a list of their own.
        if (remaining.Contains(KpiParser.IDENTIFIER) && !expected.Contains(KpiParser.NIVEAU)) // not where a value (niveau van …) may stand
            remaining.ExceptWith([.. NameWords, KpiParser.PROCENTPUNT]);
        if (remaining.Remove(KpiParser.DECLARATION))
        {
            nl.Add("een declaratie (doel, indicator, …)");
            en.Add("a declaration (doel, indicator, …)");
        }
        Group(PropertyKeyTypes, 1, "een eigenschap (zoals 'eigenaar:')", "a property (such as 'eigenaar:')");
        Group(Comparators, 3, "een vergelijking (minimaal, maximaal, tussen, >=, …)", "a comparison (minimaal, maximaal, tussen, >=, …)");
        if (remaining.Contains(KpiParser.STRING)) remaining.ExceptWith([KpiParser.UNTERMINATED_STRING, KpiParser.TYPOGRAPHIC_STRING]);

        foreach (var kind in remaining.OrderBy(k => k == TokenConstants.EOF ? int.MaxValue : k).Take(6))
        {
            var text = Describe(kind);
            nl.Add(text.Nl);
            en.Add(text.En);
        }
        if (remaining.Count > 6)
        {
            nl.Add("…");
            en.Add("…");
        }
        return new(JoinOr(nl, "of"), JoinOr(en, "or"));
    }

    private static string JoinOr(List<string> parts, string or) => parts.Count switch
    {
        0 => "?",
        1 => parts[0],
        _ => string.Join(", ", parts.Take(parts.Count - 1)) + $" {or} " + parts[^1],
    };

    private static LocalizedText Same(string text) => new(text, text);

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..27] + "…";
}
