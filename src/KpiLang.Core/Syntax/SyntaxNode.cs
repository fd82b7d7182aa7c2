using System.Collections;
using System.Collections.Immutable;
using KpiLang.Text;

namespace KpiLang.Syntax;

/// <summary>
/// A node of the immutable syntax tree. Each node lists its children in source order; its span runs from the first
/// to the last of its non-missing tokens.
/// </summary>
public abstract class SyntaxNode : SyntaxElement
{
    private TextSpan? _span;

    /// <summary>The node's children, nodes and tokens, in source order; absent optional parts are left out.</summary>
    public abstract IEnumerable<SyntaxElement> Children { get; }

    public override TextSpan Span => _span ??= ComputeSpan();

    public IEnumerable<SyntaxToken> Tokens()
    {
        foreach (var child in Children)
        {
            if (child is SyntaxToken token) yield return token;
            else if (child is SyntaxNode node)
                foreach (var inner in node.Tokens()) yield return inner;
        }
    }

    public IEnumerable<SyntaxNode> DescendantNodes()
    {
        foreach (var child in Children)
        {
            if (child is not SyntaxNode node) continue;
            yield return node;
            foreach (var inner in node.DescendantNodes()) yield return inner;
        }
    }

    public SyntaxToken? FirstToken() => Tokens().FirstOrDefault(t => !t.IsMissing);

    public SyntaxToken? LastToken() => Tokens().LastOrDefault(t => !t.IsMissing);

    /// <summary>Flattens tokens, nodes and arrays of either into a child list, skipping nulls.</summary>
    protected static IEnumerable<SyntaxElement> Elements(params object?[] parts)
    {
        foreach (var part in parts)
        {
            switch (part)
            {
                case null:
                    break;
                case SyntaxElement element:
                    yield return element;
                    break;
                case IEnumerable sequence:
                    foreach (var item in sequence)
                        if (item is SyntaxElement e) yield return e;
                    break;
            }
        }
    }

    private TextSpan ComputeSpan()
    {
        var tokens = Tokens().ToList();
        var present = tokens.Where(t => !t.IsMissing).ToList();
        if (present.Count == 0)
            return tokens.Count == 0 ? default : new TextSpan(tokens[0].Span.Start, 0);
        return TextSpan.FromBounds(present[0].Span.Start, present[^1].Span.End);
    }
}

/// <summary>Helpers for optional lists in node constructors.</summary>
internal static class SyntaxList
{
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> array) => array.IsDefault ? [] : array;
}
