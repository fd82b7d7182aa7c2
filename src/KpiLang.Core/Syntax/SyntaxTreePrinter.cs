using System.Text;

namespace KpiLang.Syntax;

/// <summary>
/// A readable, indented dump of a syntax tree: one line per node and token with its span. Used by baseline tests
/// and for debugging the parser; comments are shown so trivia loss would show up in a diff.
/// </summary>
public static class SyntaxTreePrinter
{
    public static string Print(SyntaxNode root)
    {
        var builder = new StringBuilder();
        Print(root, 0, builder);
        return builder.ToString();
    }

    private static void Print(SyntaxElement element, int depth, StringBuilder builder)
    {
        var indent = new string(' ', depth * 2);
        switch (element)
        {
            case SyntaxToken token:
                foreach (var trivia in token.LeadingTrivia.Where(t => t.IsComment))
                    builder.Append(indent).Append("// trivia ").AppendLine(Escape(trivia.Text));
                builder.Append(indent).Append(token.Kind).Append(' ').Append(token.Span.ToString());
                if (token.IsMissing) builder.Append(" <ontbreekt>");
                else if (token.Text.Length > 0) builder.Append(' ').Append(Escape(token.Text));
                builder.AppendLine();
                foreach (var trivia in token.TrailingTrivia.Where(t => t.IsComment))
                    builder.Append(indent).Append("// trailing ").AppendLine(Escape(trivia.Text));
                break;
            case SyntaxNode node:
                builder.Append(indent).Append(node.GetType().Name.Replace("Syntax", "", StringComparison.Ordinal))
                    .Append(' ').AppendLine(node.Span.ToString());
                foreach (var child in node.Children) Print(child, depth + 1, builder);
                break;
        }
    }

    private static string Escape(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
