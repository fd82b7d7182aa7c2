using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>vervangt: aantal_overleggen per 2025-01-01 omdat "…"</c></summary>
public sealed class ReplacementPropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon, SyntaxToken replaced,
    SyntaxToken? perKeyword, SyntaxToken? since, SyntaxToken? becauseKeyword, TextSyntax? reason) : PropertySyntax(keyTokens, colon)
{
    public SyntaxToken Replaced { get; } = replaced;
    public SyntaxToken? PerKeyword { get; } = perKeyword;
    public SyntaxToken? Since { get; } = since;
    public SyntaxToken? BecauseKeyword { get; } = becauseKeyword;
    public TextSyntax? Reason { get; } = reason;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new ReplacementPropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Token(Replaced), r.TokenOrNull(PerKeyword),
            r.TokenOrNull(Since), r.TokenOrNull(BecauseKeyword), r.NodeOrNull(Reason));

    protected override ImmutableArray<SyntaxElement> ChildParts() =>
        Elements(KeyTokens, Colon, Replaced, PerKeyword, Since, BecauseKeyword, Reason);
}
