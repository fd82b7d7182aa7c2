using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>raming: 450 in 2025</c>: a forecast (a begroting or prognose column), which is not a target.</summary>
public sealed class ForecastPropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon, QuantitySyntax value, MomentSyntax? moment)
    : PropertySyntax(keyTokens, colon)
{
    public QuantitySyntax Value { get; } = value;
    public MomentSyntax? Moment { get; } = moment;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new ForecastPropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Node(Value), r.NodeOrNull(Moment));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements([.. KeyTokens, Colon, Value, Moment]);
}
