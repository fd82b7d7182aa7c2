using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>acceptatiecriteria: - "…" - "…"</c>: a deliberate, non-SMART way to account for work.</summary>
public sealed class AcceptancePropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon,
    ImmutableArray<SyntaxToken> bullets, ImmutableArray<TextSyntax> criteria) : PropertySyntax(keyTokens, colon)
{
    public ImmutableArray<SyntaxToken> Bullets { get; } = bullets;
    public ImmutableArray<TextSyntax> Criteria { get; } = criteria;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new AcceptancePropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Tokens(Bullets), r.Nodes(Criteria));

    protected override ImmutableArray<SyntaxElement> ChildParts() =>
        Elements([.. KeyTokens, Colon, .. Bullets.Zip(Criteria, (b, c) => new SyntaxElement[] { b, c }).SelectMany(p => p)]);
}
