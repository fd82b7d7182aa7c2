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

    /// <summary>
    /// From the children's spans rather than from every token below, so the spans of a whole tree cost one pass and
    /// not one per level. A child with only missing tokens counts for where the span starts when nothing else does.
    /// </summary>
    private TextSpan ComputeSpan()
    {
        int start = -1, end = -1, missingAt = -1;
        foreach (var child in Children)
        {
            var content = child is SyntaxToken token ? (token.IsMissing ? Content.MissingOnly : Content.Text) : ((SyntaxNode)child).ContentKind;
            if (content == Content.None) continue;
            var span = child.Span;
            if (content == Content.MissingOnly)
            {
                if (missingAt < 0) missingAt = span.Start;
                continue;
            }
            if (start < 0) start = span.Start;
            end = span.End;
        }
        _content = start >= 0 ? Content.Text : missingAt >= 0 ? Content.MissingOnly : Content.None;
        return start >= 0 ? TextSpan.FromBounds(start, end) : missingAt >= 0 ? new TextSpan(missingAt, 0) : default;
    }

    /// <summary>What the node's tokens are: some with text, only missing ones, or none at all; set with the span.</summary>
    private Content ContentKind
    {
        get
        {
            _ = Span;
            return _content;
        }
    }

    private Content _content;

    private enum Content : byte { None, MissingOnly, Text }
}

/// <summary>Helpers for optional lists in node constructors.</summary>
internal static class SyntaxList
{
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> array) => array.IsDefault ? [] : array;
}
