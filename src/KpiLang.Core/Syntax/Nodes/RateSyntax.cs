using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary><c>per 1.000 inwoners</c>, <c>per inwoner</c>: the base and population of a rate.</summary>
public sealed class RateSyntax(SyntaxToken perKeyword, SyntaxToken? @base, ReferenceSyntax population) : SyntaxNode
{
    public SyntaxToken PerKeyword { get; } = perKeyword;
    public SyntaxToken? Base { get; } = @base;
    public ReferenceSyntax Population { get; } = population;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new RateSyntax(r.Token(PerKeyword), r.TokenOrNull(Base), r.Node(Population));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(PerKeyword, Base, Population);
}
