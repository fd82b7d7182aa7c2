using System.Collections.Immutable;
using Antlr4.Runtime;
using KpiLang.Syntax.Generated;
using KpiLang.Text;

namespace KpiLang.Syntax;

/// <summary>
/// Makes one <see cref="SyntaxToken"/> per default-channel ANTLR token, attaching hidden tokens as trivia the way
/// Roslyn does: trivia up to and including the end of a token's line trails it; everything after belongs to the
/// next token as leading trivia. Tokens the parser skipped while recovering (not in <c>inTree</c>) become trivia
/// too, so the tree still holds every character of the text.
/// </summary>
internal static class TokenBuilder
{
    public static SyntaxToken?[] Build(SourceText source, IList<IToken> tokens, IReadOnlySet<int> inTree)
    {
        bool IsTrivia(IToken t) => t.Channel != TokenConstants.DefaultChannel || (t.Type != TokenConstants.EOF && !inTree.Contains(t.TokenIndex));
        var result = new SyntaxToken?[tokens.Count];
        var leading = new List<SyntaxTrivia>();
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (IsTrivia(token))
            {
                leading.Add(Trivia(token));
                i++;
                continue;
            }

            var index = token.TokenIndex;
            var trailing = new List<SyntaxTrivia>();
            i++;
            while (i < tokens.Count && IsTrivia(tokens[i]))
            {
                var trivia = Trivia(tokens[i]);
                if (trivia.Kind == TriviaKind.BlockComment && trivia.Text.Contains('\n')) break;
                trailing.Add(trivia);
                i++;
                if (trivia.Kind == TriviaKind.Newline) break;
            }

            var span = token.Type == TokenConstants.EOF
                ? new TextSpan(source.Length, 0)
                : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);
            var text = token.Type == TokenConstants.EOF ? string.Empty : token.Text;
            result[index] = new SyntaxToken(token.Type, text, span, [.. leading], [.. trailing]);
            leading.Clear();
        }
        return result;
    }

    private static SyntaxTrivia Trivia(IToken token)
    {
        var kind = token.Channel == TokenConstants.DefaultChannel ? TriviaKind.SkippedTokens : token.Type switch
        {
            KpiLexer.LINE_COMMENT => TriviaKind.LineComment,
            KpiLexer.BLOCK_COMMENT => TriviaKind.BlockComment,
            KpiLexer.NEWLINE => TriviaKind.Newline,
            _ => TriviaKind.Whitespace,
        };
        return new SyntaxTrivia(kind, token.Text, TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1));
    }
}
