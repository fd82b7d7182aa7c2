namespace KpiLang.Syntax.Incremental;

/// <summary>
/// A declaration parsed from a window of the text, made ready to stand in the whole tree: the window began at its
/// first token and ended at its last, so it gets the trivia the old declaration had before and after them, which the
/// change did not touch (the text after it moved along).
/// </summary>
internal sealed class PlacedFragment(DeclarationSyntax fragment, DeclarationSyntax old) : SyntaxRewriter
{
    private readonly SyntaxToken? _first = fragment.FirstToken();
    private readonly SyntaxToken? _last = fragment.LastToken();
    private readonly SyntaxToken? _oldFirst = old.FirstToken();
    private readonly SyntaxToken? _oldLast = old.LastToken();

    public SyntaxNode Place() => VisitNode(fragment);

    public override SyntaxToken VisitToken(SyntaxToken token)
    {
        var copy = token.MovedBy(0);
        if (ReferenceEquals(token, _first) && _oldFirst is not null) copy = copy.WithTrivia(_oldFirst.LeadingTrivia, copy.TrailingTrivia);
        if (ReferenceEquals(token, _last) && _oldLast is not null)
            copy = copy.WithTrivia(copy.LeadingTrivia, _oldLast.MovedBy(copy.Span.End - _oldLast.Span.End).TrailingTrivia);
        return copy;
    }
}
