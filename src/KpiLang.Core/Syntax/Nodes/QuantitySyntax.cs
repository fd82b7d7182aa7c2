using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary><c>95 %</c>, <c>10</c>, <c>€ 4000000</c>, <c>14 dagen</c></summary>
public sealed class QuantitySyntax(SyntaxToken? euro, SyntaxToken number, UnitSyntax? unit) : SyntaxNode
{
    public SyntaxToken? Euro { get; } = euro;
    public SyntaxToken Number { get; } = number;
    public UnitSyntax? Unit { get; } = unit;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new QuantitySyntax(r.TokenOrNull(Euro), r.Token(Number), r.NodeOrNull(Unit));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Euro, Number, Unit);
}
