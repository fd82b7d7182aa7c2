using Antlr4.Runtime;
using KpiLang.Syntax.Generated;
using KpiLang.Syntax.Repairs;
using KpiLang.Text;

namespace KpiLang.Syntax;

/// <summary>
/// Makes one <see cref="SyntaxToken"/> per default-channel ANTLR token, attaching hidden tokens as trivia the way
/// Roslyn does: trivia up to and including the end of a token's line trails it; everything after belongs to the
/// next token as leading trivia. Tokens the parser skipped while recovering (not in <c>inTree</c>) and tokens the
/// repair pass took out of its sight become skipped-token trivia, so the tree still holds every character of the
/// text. A token the repair pass inserted (a missing '}') becomes a missing token. <c>inTree</c> is null when the
/// parser skipped nothing; <c>end</c> is where the lexed text ends (the text's length, or the end of a window of it).
/// </summary>
internal static class TokenBuilder
{
    public static SyntaxToken?[] Build(SourceText source, int end, IList<IToken> tokens, IReadOnlySet<int>? inTree)
    {
        bool IsInserted(IToken t) => t is RepairedToken { IsInserted: true };
        bool IsTrivia(IToken t) => t.Channel != TokenConstants.DefaultChannel
            || (inTree is not null && t.Type != TokenConstants.EOF && !inTree.Contains(t.TokenIndex) && !IsInserted(t));
        var texts = new TokenTextPool(source.Text);
        var result = new SyntaxToken?[tokens.Count];
        var leading = new List<SyntaxTrivia>();
        var trailing = new List<SyntaxTrivia>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (IsInserted(token))
            {
                // No text of its own: its trivia stays with the tokens around it.
                if (inTree is null || inTree.Contains(token.TokenIndex))
                    result[token.TokenIndex] = SyntaxToken.Missing(TokenKinds.Of(token.Type), Math.Clamp(token.StartIndex, 0, end),
                        (token as RepairedToken)?.Keyword);
                i++;
                continue;
            }
            if (IsTrivia(token))
            {
                leading.Add(Trivia(token, texts));
                i++;
                continue;
            }

            var index = token.TokenIndex;
            i++;
            while (i < tokens.Count && IsTrivia(tokens[i]))
            {
                var trivia = Trivia(tokens[i], texts);
                if (trivia.Kind == TriviaKind.BlockComment && trivia.Text.Contains('\n')) break;
                trailing.Add(trivia);
                i++;
                if (trivia.Kind == TriviaKind.Newline) break;
            }

            var span = token.Type == TokenConstants.EOF
                ? new TextSpan(end, 0)
                : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
            var text = token.Type == TokenConstants.EOF ? string.Empty : texts.Get(span.Start, span.Length);
            result[index] = new SyntaxToken(TokenKinds.Of(token.Type), text, span, [.. leading], [.. trailing],
                keyword: (token as RepairedToken)?.Keyword);
            leading.Clear();
            trailing.Clear();
        }
        return result;
    }

    private static SyntaxTrivia Trivia(IToken token, TokenTextPool texts)
    {
        var kind = token.Channel != TokenConstants.HiddenChannel ? TriviaKind.SkippedTokens : token.Type switch
        {
            KpiParser.LINE_COMMENT => TriviaKind.LineComment,
            KpiParser.BLOCK_COMMENT => TriviaKind.BlockComment,
            KpiParser.NEWLINE => TriviaKind.Newline,
            _ => TriviaKind.Whitespace,
        };
        var span = TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
        return new SyntaxTrivia(kind, texts.Get(span.Start, span.Length), span);
    }
}
