using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>acceptatiecriteria: - "…" - "…"</c>: a deliberate, non-SMART way to account for work.</summary>
public sealed class AcceptancePropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon,
    ImmutableArray<SyntaxToken> bullets, ImmutableArray<TextSyntax> criteria) : PropertySyntax(keyTokens, colon)
{
    public ImmutableArray<SyntaxToken> Bullets { get; } = bullets;
    public ImmutableArray<TextSyntax> Criteria { get; } = criteria;
    protected override ImmutableArray<SyntaxElement> ChildParts() =>
        Elements([.. KeyTokens, Colon, .. Bullets.Zip(Criteria, (b, c) => new SyntaxElement[] { b, c }).SelectMany(p => p)]);
}
