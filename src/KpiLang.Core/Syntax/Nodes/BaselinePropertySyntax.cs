using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary>
/// <c>nulmeting: 4 op 2024-01-01</c>, <c>nulmeting: 62 % in 2023</c>, or only the agreed moment of a baseline still to
/// be measured: <c>nulmeting: op 2025-09-01</c>.
/// </summary>
public sealed class BaselinePropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon, QuantitySyntax? value,
    MomentSyntax? moment) : PropertySyntax(keyTokens, colon)
{
    public QuantitySyntax? Value { get; } = value;
    public MomentSyntax? Moment { get; } = moment;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new BaselinePropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.NodeOrNull(Value), r.NodeOrNull(Moment));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(KeyTokens, Colon, Value, Moment);
}
