using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary><c>per jaar</c> (a rate) or <c>over 4 jaar</c> (cumulative over a window).</summary>
public sealed class WindowSyntax(SyntaxToken keyword, SyntaxToken? count, SyntaxToken period) : SyntaxNode
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken? Count { get; } = count;
    public SyntaxToken Period { get; } = period;
    public bool IsCumulative => Count is not null;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new WindowSyntax(r.Token(Keyword), r.TokenOrNull(Count), r.Token(Period));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Keyword, Count, Period);
}
