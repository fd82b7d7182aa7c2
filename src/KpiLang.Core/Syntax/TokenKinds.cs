using System.Collections.Frozen;
using Antlr4.Runtime;
using KpiLang.Syntax.Generated;

namespace KpiLang.Syntax;

/// <summary>
/// The generated parser's token types in our own <see cref="SyntaxKind"/>s. The one bridge between the two: the
/// punctuation and literals are listed here, keyword types come from the keyword table.
/// </summary>
internal static class TokenKinds
{
    private static readonly FrozenDictionary<int, SyntaxKind> Kinds = Build();

    public static SyntaxKind Of(int tokenType) =>
        Kinds.TryGetValue(tokenType, out var kind) ? kind : throw new ArgumentOutOfRangeException(nameof(tokenType), tokenType, "a token type without a SyntaxKind");

    private static FrozenDictionary<int, SyntaxKind> Build()
    {
        var kinds = new Dictionary<int, SyntaxKind>
        {
            [TokenConstants.EOF] = SyntaxKind.EndOfFile,
            [KpiParser.IDENTIFIER] = SyntaxKind.Identifier,
            [KpiParser.STRING] = SyntaxKind.String,
            [KpiParser.UNTERMINATED_STRING] = SyntaxKind.UnterminatedString,
            // Retyped to STRING by the repair pass; only a token the parser never saw keeps this type.
            [KpiParser.TYPOGRAPHIC_STRING] = SyntaxKind.String,
            [KpiParser.NUMBER] = SyntaxKind.Number,
            [KpiParser.DATE] = SyntaxKind.Date,
            [KpiParser.LBRACE] = SyntaxKind.OpenBrace,
            [KpiParser.RBRACE] = SyntaxKind.CloseBrace,
            [KpiParser.COLON] = SyntaxKind.Colon,
            [KpiParser.COMMA] = SyntaxKind.Comma,
            [KpiParser.DOTDOT] = SyntaxKind.DotDot,
            [KpiParser.PLUS] = SyntaxKind.Plus,
            [KpiParser.MINUS] = SyntaxKind.Minus,
            [KpiParser.GREATER_EQUAL] = SyntaxKind.GreaterEqual,
            [KpiParser.LESS_EQUAL] = SyntaxKind.LessEqual,
            [KpiParser.GREATER] = SyntaxKind.Greater,
            [KpiParser.LESS] = SyntaxKind.Less,
            [KpiParser.EQUALS] = SyntaxKind.Equals,
            [KpiParser.PERCENT] = SyntaxKind.Percent,
            [KpiParser.EURO] = SyntaxKind.Euro,
            [KpiParser.UNKNOWN_CHAR] = SyntaxKind.UnknownCharacter,
            [KpiParser.KEY_TAIL] = SyntaxKind.PropertyKeyword,
        };
        foreach (var keyword in Keywords.All) kinds[keyword.TokenType] = keyword.Kind;
        return kinds.ToFrozenDictionary();
    }
}
