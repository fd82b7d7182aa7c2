using KpiLang.Compiler;
using KpiLang.Semantics;
using KpiLang.Syntax;
using KpiLang.Syntax.Generated;
using KpiLang.Text;
using Legend = KpiLang.LanguageServer.Protocol.SemanticTokenLegend;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// Colours by meaning, not only by spelling: a name is coloured as the kind of thing it refers to (actor, goal,
/// indicator…), with the declaration modifier where it is declared. Encoded as the protocol's relative five-tuples.
/// </summary>
internal static class SemanticTokensProvider
{
    public static int[] Tokens(Compilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        var items = new List<(int Start, int Length, int Type, int Modifiers)>();
        foreach (var token in tree.Root.Tokens())
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
                if (trivia.IsComment) items.Add((trivia.Span.Start, trivia.Span.Length, Legend.Comment, 0));
            if (token.IsMissing || token.Span.Length == 0) continue;
            if (Classify(token, model) is { } type) items.Add((token.Span.Start, token.Span.Length, type.Type, type.Modifiers));
        }
        return Encode(tree.Text, items.OrderBy(i => i.Start));
    }

    private static (int Type, int Modifiers)? Classify(SyntaxToken token, SemanticModel model)
    {
        switch (token.Kind)
        {
            case KpiLexer.STRING or KpiLexer.UNTERMINATED_STRING:
                return (Legend.String, 0);
            case KpiLexer.NUMBER or KpiLexer.DATE:
                return (Legend.Number, 0);
            case KpiLexer.GREATER_EQUAL or KpiLexer.LESS_EQUAL or KpiLexer.GREATER or KpiLexer.LESS or KpiLexer.EQUALS
                or KpiLexer.PLUS or KpiLexer.MINUS or KpiLexer.PERCENT or KpiLexer.EURO or KpiLexer.DOTDOT:
                return (Legend.Operator, 0);
            case KpiLexer.IDENTIFIER:
                var symbol = model.GetSymbol(token);
                if (symbol is null) return (Legend.Type, 0);
                var declaration = token.Parent is DeclarationSyntax d && d.Name == token ? Legend.DeclarationModifier : 0;
                return (symbol.Kind switch
                {
                    SymbolKind.Actor => Legend.Class,
                    SymbolKind.Organisation or SymbolKind.Scope => Legend.Namespace,
                    SymbolKind.Goal => Legend.Event,
                    SymbolKind.Effort => Legend.Function,
                    _ => Legend.Variable,
                }, declaration);
        }
        if (!TokenDescriptions.IsKeyword(token.Kind) && token.Kind != KpiLexer.BEINVLOEDT && token.Kind != KpiLexer.PROCENTPUNT && token.Kind != KpiLexer.ELKE)
            return null;
        return token.Parent is PropertySyntax property && property.KeyTokens.Contains(token) ? (Legend.Property, 0) : (Legend.Keyword, 0);
    }

    private static int[] Encode(SourceText text, IEnumerable<(int Start, int Length, int Type, int Modifiers)> items)
    {
        var data = new List<int>();
        int previousLine = 0, previousCharacter = 0;
        foreach (var (start, length, type, modifiers) in items)
        {
            // A token never spans lines in the protocol: a block comment is split per line.
            var position = start;
            var end = start + length;
            while (position < end)
            {
                var line = text.GetLineIndex(position);
                var lineSpan = text.GetLineSpan(line);
                var pieceEnd = Math.Min(end, lineSpan.End);
                var character = position - lineSpan.Start;
                if (pieceEnd > position)
                {
                    data.Add(line - previousLine);
                    data.Add(line == previousLine ? character - previousCharacter : character);
                    data.Add(pieceEnd - position);
                    data.Add(type);
                    data.Add(modifiers);
                    previousLine = line;
                    previousCharacter = character;
                }
                if (line + 1 >= text.LineCount) break;
                position = Math.Max(pieceEnd, text.GetLineSpan(line + 1).Start);
                if (position <= lineSpan.Start) break;
            }
        }
        return [.. data];
    }
}
