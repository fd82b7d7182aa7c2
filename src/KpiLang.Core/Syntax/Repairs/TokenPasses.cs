using System.Collections.Immutable;

namespace KpiLang.Syntax.Repairs;

/// <summary>
/// The passes between the lexer and the parser, in order. Characters and quotes are repaired first, so the words
/// around them are seen as written; then words become keywords where they stand in keyword position; then keywords
/// that are almost right are repaired; last the missing '}' are found, which needs the declaration keywords.
/// </summary>
internal static class TokenPasses
{
    public static ImmutableArray<ITokenRepair> All { get; } =
    [
        new StrayCharacterRepair(),
        new TypographicQuoteRepair(),
        new HyphenatedNameRepair(),
        new KeywordClassifier(),
        new CapitalisedKeywordRepair(),
        new MisspelledKeywordRepair(),
        new ReservedWordRepair(),
        new MissingBraceRepair(),
    ];

    /// <summary>Keywords only, no repairs: what the parser would make of the text unrepaired (for tests).</summary>
    public static ImmutableArray<ITokenRepair> KeywordsOnly { get; } = [new KeywordClassifier()];
}
