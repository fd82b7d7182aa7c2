using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>herijking: jaarlijks door stuurgroep, volgende 2025-12-01</c></summary>
public sealed class ReviewPropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon, FrequencySyntax frequency,
    SyntaxToken? byKeyword, SyntaxToken? reviewer, SyntaxToken? comma, SyntaxToken? nextKeyword, SyntaxToken? next)
    : PropertySyntax(keyTokens, colon)
{
    public FrequencySyntax Frequency { get; } = frequency;
    public SyntaxToken? ByKeyword { get; } = byKeyword;
    public SyntaxToken? Reviewer { get; } = reviewer;
    public SyntaxToken? Comma { get; } = comma;
    public SyntaxToken? NextKeyword { get; } = nextKeyword;
    public SyntaxToken? Next { get; } = next;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new ReviewPropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Node(Frequency), r.TokenOrNull(ByKeyword),
            r.TokenOrNull(Reviewer), r.TokenOrNull(Comma), r.TokenOrNull(NextKeyword), r.TokenOrNull(Next));

    protected override ImmutableArray<SyntaxElement> ChildParts() =>
        Elements(KeyTokens, Colon, Frequency, ByKeyword, Reviewer, Comma, NextKeyword, Next);
}
