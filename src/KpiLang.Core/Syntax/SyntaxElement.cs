using KpiLang.Text;

namespace KpiLang.Syntax;

/// <summary>A node or a token of the syntax tree.</summary>
public abstract class SyntaxElement
{
    /// <summary>The span of the element's own text, without leading or trailing trivia.</summary>
    public abstract TextSpan Span { get; }

    /// <summary>The node that holds this element; null for the root. Set once, when the tree is built.</summary>
    public SyntaxNode? Parent { get; internal set; }

    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent) yield return node;
    }
}
