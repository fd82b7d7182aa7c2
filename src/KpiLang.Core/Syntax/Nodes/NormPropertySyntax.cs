using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>norm: binnen 8 weken na "de melding"</c>: the service norm a share of cases is measured against.</summary>
public sealed class NormPropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon, SyntaxToken withinKeyword,
    QuantitySyntax within, SyntaxToken? afterKeyword, TextSyntax? after) : PropertySyntax(keyTokens, colon)
{
    public SyntaxToken WithinKeyword { get; } = withinKeyword;
    public QuantitySyntax Within { get; } = within;
    public SyntaxToken? AfterKeyword { get; } = afterKeyword;
    public TextSyntax? After { get; } = after;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new NormPropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Token(WithinKeyword), r.Node(Within),
            r.TokenOrNull(AfterKeyword), r.NodeOrNull(After));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements([.. KeyTokens, Colon, WithinKeyword, Within, AfterKeyword, After]);
}
