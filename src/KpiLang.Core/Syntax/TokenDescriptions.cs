using Antlr4.Runtime;
using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;

namespace KpiLang.Syntax;

/// <summary>How tokens are named in messages: "een naam", "':'", "het einde van het bestand".</summary>
public static class TokenDescriptions
{
    private static readonly IVocabulary Vocabulary = KpiLexer.DefaultVocabulary;

    public static string SymbolicName(int kind) => Vocabulary.GetSymbolicName(kind) ?? kind.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The keyword or punctuation text of a token kind ("eigenaar", ":"), or null for names, numbers and the like.</summary>
    public static string? Literal(int kind)
    {
        var literal = Vocabulary.GetLiteralName(kind);
        return literal is null ? null : literal.Trim('\'');
    }

    /// <summary>How a token kind is written, also for kinds with two spellings (the first: "'>='", "'elke'").</summary>
    public static string Spelling(int kind) => Literal(kind) ?? Describe(kind).Nl.Trim('\'');

    public static bool IsKeyword(int kind) => Literal(kind) is { } literal && char.IsLetter(literal[0]);

    public static LocalizedText Describe(int kind) => kind switch
    {
        TokenConstants.EOF => new("het einde van het bestand", "the end of the file"),
        KpiLexer.IDENTIFIER => new("een naam", "a name"),
        KpiLexer.STRING or KpiLexer.UNTERMINATED_STRING => new("een tekst tussen aanhalingstekens", "a quoted text"),
        KpiLexer.NUMBER => new("een getal", "a number"),
        KpiLexer.DATE => new("een datum (jjjj-mm-dd)", "a date (yyyy-mm-dd)"),
        KpiLexer.BEINVLOEDT => Same("'beïnvloedt'"),
        KpiLexer.PROCENTPUNT => Same("'procentpunt'"),
        KpiLexer.GREATER_EQUAL => Same("'>='"),
        KpiLexer.LESS_EQUAL => Same("'<='"),
        KpiLexer.ELKE => Same("'elke'"),
        _ => Same(Literal(kind) is { } literal ? $"'{literal}'" : SymbolicName(kind)),
    };

    /// <summary>
    /// A token as it was found, to follow "onverwacht"/"unexpected": "'doel'", "einde van het bestand". Without the
    /// article of <see cref="Describe"/>, which reads well after "verwacht" but gave "unexpected the end of the file".
    /// </summary>
    public static LocalizedText DescribeFound(IToken token) => token.Type switch
    {
        TokenConstants.EOF => new("einde van het bestand", "end of file"),
        KpiLexer.STRING or KpiLexer.UNTERMINATED_STRING => new($"de tekst {Shorten(token.Text)}", $"the text {Shorten(token.Text)}"),
        _ when IsKeyword(token.Type) => new($"sleutelwoord '{token.Text}'", $"keyword '{token.Text}'"),
        _ => Same($"'{Shorten(token.Text)}'"),
    };

    private static readonly int[] DeclarationKeywords =
        [KpiLexer.ORGANISATIE, KpiLexer.SCOPE, KpiLexer.ACTOR, KpiLexer.DOEL, KpiLexer.INSPANNING, KpiLexer.INDICATOR, KpiLexer.KENGETAL];

    private static readonly int[] PropertyKeys =
    [
        KpiLexer.MISSIE, KpiLexer.VISIE, KpiLexer.DIENST, KpiLexer.DOELGROEP, KpiLexer.EFFECT, KpiLexer.OMSCHRIJVING,
        KpiLexer.TOELICHTING, KpiLexer.DEFINITIE, KpiLexer.BRON, KpiLexer.BEKOSTIGING, KpiLexer.DISCLAIMER, KpiLexer.NIVEAU,
        KpiLexer.LAAG, KpiLexer.METHODE, KpiLexer.RICHTING, KpiLexer.SOORT, KpiLexer.EENHEID, KpiLexer.EIGENAAR, KpiLexer.BETROKKEN,
        KpiLexer.BEINVLOEDT, KpiLexer.PARTNERS, KpiLexer.UITSPLITSING, KpiLexer.GEKOPPELD, KpiLexer.AFGESPROKEN,
        KpiLexer.FREQUENTIE, KpiLexer.INVOER, KpiLexer.INZAGE, KpiLexer.BESPREKING, KpiLexer.RAPPORTAGE, KpiLexer.VERHAAL, KpiLexer.NULMETING,
        KpiLexer.STREEFWAARDE, KpiLexer.ACCEPTATIECRITERIA, KpiLexer.HERIJKING, KpiLexer.VERVANGT, KpiLexer.CODE, KpiLexer.RAMING, KpiLexer.NORM,
        KpiLexer.AANBIEDERS,
    ];

    /// <summary>The token kinds that start a streefwaarde's comparison (minimaal, maximaal, tussen, >=, …).</summary>
    public static IReadOnlyList<int> ComparatorKinds => Comparators;

    private static readonly int[] Comparators =
    [
        KpiLexer.GREATER_EQUAL, KpiLexer.LESS_EQUAL, KpiLexer.GREATER, KpiLexer.LESS, KpiLexer.EQUALS, KpiLexer.MINIMAAL,
        KpiLexer.MAXIMAAL, KpiLexer.PRECIES, KpiLexer.TUSSEN, KpiLexer.BINNEN, KpiLexer.HOGER, KpiLexer.LAGER, KpiLexer.GELIJK, KpiLexer.BETER,
        KpiLexer.TOENAME, KpiLexer.AFNAME, KpiLexer.STABIEL,
    ];

    /// <summary>
    /// Describes a set of expected tokens the way a person would: a short list is spelled out, the long lists of
    /// declaration and property keywords are named as a group.
    /// </summary>
    public static LocalizedText DescribeExpected(IReadOnlyCollection<int> expected)
    {
        var remaining = new HashSet<int>(expected);
        var nl = new List<string>();
        var en = new List<string>();

        void Group(int[] members, string groupNl, string groupEn)
        {
            if (members.Count(remaining.Contains) < 3) return;
            remaining.ExceptWith(members);
            nl.Add(groupNl);
            en.Add(groupEn);
        }

        // Keywords that may also be a name are "een naam" where a name is expected, not a list of their own.
        if (remaining.Contains(KpiLexer.IDENTIFIER) && !expected.Contains(KpiLexer.NULMETING))
            remaining.RemoveWhere(k => k is KpiLexer.INZICHT or KpiLexer.PERIODE or KpiLexer.VORIGE or KpiLexer.BENCHMARK or KpiLexer.PROCENTPUNT
                                       or KpiLexer.BINNEN or KpiLexer.HOGER or KpiLexer.LAGER or KpiLexer.CODE or KpiLexer.RAMING or KpiLexer.NORM
                                       or KpiLexer.AANBIEDERS);
        Group(DeclarationKeywords, "een declaratie (doel, indicator, …)", "a declaration (doel, indicator, …)");
        Group(PropertyKeys, "een eigenschap (zoals 'eigenaar:')", "a property (such as 'eigenaar:')");
        Group(Comparators, "een vergelijking (minimaal, maximaal, tussen, >=, …)", "a comparison (minimaal, maximaal, tussen, >=, …)");
        if (remaining.Contains(KpiLexer.STRING)) remaining.Remove(KpiLexer.UNTERMINATED_STRING);

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
