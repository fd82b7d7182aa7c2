using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary>
/// Copies a tree node by node, letting a subclass change tokens or put another node in a node's place. Every node
/// and token of the result is new: a node knows its parent, so no part of one tree can stand in another.
/// </summary>
internal abstract class SyntaxRewriter
{
    /// <summary>The copy of a token; the default keeps its position and trivia.</summary>
    public abstract SyntaxToken VisitToken(SyntaxToken token);

    /// <summary>The copy of a node: by default the node rebuilt from copies of its parts.</summary>
    public virtual SyntaxNode VisitNode(SyntaxNode node) => node.Rewrite(this);

    public SyntaxToken Token(SyntaxToken token) => VisitToken(token);

    /// <summary>The copy of an optional part: null stays null.</summary>
    public SyntaxToken? TokenOrNull(SyntaxToken? token) => token is null ? null : VisitToken(token);

    public ImmutableArray<SyntaxToken> Tokens(ImmutableArray<SyntaxToken> tokens)
    {
        var copies = ImmutableArray.CreateBuilder<SyntaxToken>(tokens.Length);
        foreach (var token in tokens) copies.Add(VisitToken(token));
        return copies.MoveToImmutable();
    }

    public T Node<T>(T node) where T : SyntaxNode => (T)VisitNode(node);

    /// <summary>The copy of an optional part: null stays null.</summary>
    public T? NodeOrNull<T>(T? node) where T : SyntaxNode => node is null ? null : (T)VisitNode(node);

    public ImmutableArray<T> Nodes<T>(ImmutableArray<T> nodes) where T : SyntaxNode
    {
        var copies = ImmutableArray.CreateBuilder<T>(nodes.Length);
        foreach (var node in nodes) copies.Add((T)VisitNode(node));
        return copies.MoveToImmutable();
    }
}
