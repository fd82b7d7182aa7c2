namespace KpiLang.Syntax.Incremental;

/// <summary>
/// Copies the previous tree with one declaration replaced by its re-parsed form and every token from the end of the
/// old declaration on moved by the change's length difference. Tokens before it keep their places.
/// </summary>
internal sealed class MovedAfter(int from, int delta, SyntaxNode replaced, SyntaxNode replacement) : SyntaxRewriter
{
    public override SyntaxToken VisitToken(SyntaxToken token) => token.MovedBy(token.Span.Start >= from ? delta : 0);

    public override SyntaxNode VisitNode(SyntaxNode node) => ReferenceEquals(node, replaced) ? replacement : base.VisitNode(node);
}
