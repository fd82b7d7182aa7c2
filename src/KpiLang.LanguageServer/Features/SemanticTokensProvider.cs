using KpiLang.Compiler;
using KpiLang.Semantics;
using KpiLang.Syntax;
using KpiLang.Text;
using Legend = KpiLang.LanguageServer.Protocol.SemanticTokenLegend;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// Colours by meaning what the TextMate grammar cannot know: which kind of thing a name refers to (actor, goal,
/// effort, indicator, organisation or scope). Keywords, property keys, declared names, strings, numbers, comments
/// and the kpi-negeer directive are left to the grammar: a semantic token replaces the grammar's colour, and themes
/// (the default Light one among them) colour semantic keywords, properties and comments differently or not at all,
/// so sending those made the editor plainer, not richer. Encoded as the protocol's relative five-tuples.
/// </summary>
internal static class SemanticTokensProvider
{
    public static int[] Tokens(Compilation compilation, SyntaxTree tree)
    {
        var model = compilation.GetSemanticModel(tree);
        var items = new List<(int Start, int Length, int Type, int Modifiers)>();
        foreach (var token in tree.Root.Tokens())
        {
            if (token.IsMissing || token.Span.Length == 0 || token.Kind != SyntaxKind.Identifier) continue;
            if (token.Parent is DeclarationSyntax d && d.Name == token) continue; // the grammar colours declared names
            if (model.GetSymbol(token) is { } symbol) items.Add((token.Span.Start, token.Span.Length, TypeOf(symbol.Kind), 0));
        }
        return Encode(tree.Text, items);
    }

    /// <summary>Standard token types that the default themes, light and dark, give a colour of their own.</summary>
    private static int TypeOf(SymbolKind kind) => kind switch
    {
        SymbolKind.Actor => Legend.Class,
        SymbolKind.Organisation or SymbolKind.Scope => Legend.Namespace,
        SymbolKind.Goal => Legend.EnumMember,
        SymbolKind.Effort => Legend.Function,
        _ => Legend.Variable,
    };

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
