using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary>A plain quantity, or a reference value optionally shifted: <c>nulmeting + 5 procentpunt</c>.</summary>
public sealed class OperandSyntax(QuantitySyntax? quantity, ReferenceValueSyntax? reference, SyntaxToken? sign,
    QuantitySyntax? delta, SyntaxToken? pointsKeyword) : SyntaxNode
{
    public QuantitySyntax? Quantity { get; } = quantity;
    public ReferenceValueSyntax? Reference { get; } = reference;
    public SyntaxToken? Sign { get; } = sign;
    public QuantitySyntax? Delta { get; } = delta;
    public SyntaxToken? PointsKeyword { get; } = pointsKeyword;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new OperandSyntax(r.NodeOrNull(Quantity), r.NodeOrNull(Reference), r.TokenOrNull(Sign),
            r.NodeOrNull(Delta), r.TokenOrNull(PointsKeyword));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Quantity, Reference, Sign, Delta, PointsKeyword);
}
