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
    // Start and length packed in one long, so that threads reading a shared tree (the language server's requests,
    // rules running side by side) never see half a span; -1 means not computed yet.
    private long _packedSpan = -1;
    private ImmutableArray<SyntaxElement> _children;

    /// <summary>
    /// The node's children, nodes and tokens, in source order; absent optional parts are left out. Computed once:
    /// every walk over the tree (spans, tokens, parents, rules, the language server) reads it many times.
    /// </summary>
    public ImmutableArray<SyntaxElement> Children
    {
        get
        {
            if (_children.IsDefault) _children = ChildParts();
            return _children;
        }
    }

    /// <summary>The node's parts in source order, for <see cref="Children"/>; usually <see cref="Elements"/> of its fields.</summary>
    protected abstract ImmutableArray<SyntaxElement> ChildParts();

    /// <summary>A new node of the same kind built from the rewriter's copies of this node's parts.</summary>
    internal abstract SyntaxNode Rewrite(SyntaxRewriter r);

    public override TextSpan Span
    {
        get
        {
            var packed = Volatile.Read(ref _packedSpan);
            if (packed == -1)
            {
                var span = ComputeSpan();
                packed = ((long)span.Start << 32) | (uint)span.Length;
                Volatile.Write(ref _packedSpan, packed);
            }
            return new TextSpan((int)(packed >> 32), (int)(uint)packed);
        }
    }

    /// <summary>Every token under this node in source order.</summary>
    public IEnumerable<SyntaxToken> Tokens() => DescendantElements().OfType<SyntaxToken>();

    public IEnumerable<SyntaxNode> DescendantNodes() => DescendantElements().OfType<SyntaxNode>();

    /// <summary>
    /// Every node and token under this node in source order. A walk with an explicit stack, not nested iterators,
    /// so its cost does not grow with the depth of the tree.
    /// </summary>
    public IEnumerable<SyntaxElement> DescendantElements()
    {
        var stack = new Stack<(SyntaxNode Node, int Next)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (node, next) = stack.Pop();
            var children = node.Children;
            if (next >= children.Length) continue;
            stack.Push((node, next + 1));
            var child = children[next];
            yield return child;
            if (child is SyntaxNode inner) stack.Push((inner, 0));
        }
    }

    public SyntaxToken? FirstToken() => Tokens().FirstOrDefault(t => !t.IsMissing);

    public SyntaxToken? LastToken()
    {
        SyntaxToken? last = null;
        foreach (var token in Tokens())
            if (!token.IsMissing) last = token;
        return last;
    }

    /// <summary>Flattens tokens, nodes and arrays of either into a child list, skipping nulls.</summary>
    protected static ImmutableArray<SyntaxElement> Elements(params ReadOnlySpan<object?> parts)
    {
        var children = ImmutableArray.CreateBuilder<SyntaxElement>(parts.Length);
        foreach (var part in parts)
        {
            switch (part)
            {
                case null:
                    break;
                case SyntaxElement element:
                    children.Add(element);
                    break;
                case IReadOnlyList<SyntaxElement> list: // an ImmutableArray of tokens or nodes: indexed, no enumerator
                    for (var i = 0; i < list.Count; i++)
                        if (list[i] is { } item) children.Add(item);
                    break;
                case IEnumerable sequence:
                    foreach (var item in sequence)
                        if (item is SyntaxElement e) children.Add(e);
                    break;
            }
        }
        return children.DrainToImmutable();
    }

    private TextSpan ComputeSpan()
    {
        SyntaxToken? first = null, last = null, firstMissing = null;
        foreach (var token in Tokens())
        {
            firstMissing ??= token;
            if (token.IsMissing) continue;
            first ??= token;
            last = token;
        }
        if (first is null || last is null)
            return firstMissing is null ? default : new TextSpan(firstMissing.Span.Start, 0);
        return TextSpan.FromBounds(first.Span.Start, last.Span.End);
    }
}

/// <summary>Helpers for optional lists in node constructors.</summary>
internal static class SyntaxList
{
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> array) => array.IsDefault ? [] : array;
}
