using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>soort: percentage</c>, <c>soort: score 1..10</c>, <c>soort: aantal per 1.000 inwoners</c>, <c>soort: ja/nee</c></summary>
public sealed class KindPropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon, SyntaxToken kind,
    SyntaxToken? low, SyntaxToken? range, SyntaxToken? high, RateSyntax? rate = null) : PropertySyntax(keyTokens, colon)
{
    public SyntaxToken KindToken { get; } = kind;
    public SyntaxToken? Low { get; } = low;
    public SyntaxToken? Range { get; } = range;
    public SyntaxToken? High { get; } = high;
    public RateSyntax? Rate { get; } = rate;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new KindPropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Token(KindToken), r.TokenOrNull(Low),
            r.TokenOrNull(Range), r.TokenOrNull(High), r.NodeOrNull(Rate));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements([.. KeyTokens, Colon, KindToken, Low, Range, High, Rate]);
}
