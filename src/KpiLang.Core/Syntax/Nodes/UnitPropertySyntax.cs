using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>eenheid: %</c>, <c>eenheid: dagen</c>, <c>eenheid: "overleggen"</c></summary>
public sealed class UnitPropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon, UnitSyntax unit)
    : PropertySyntax(keyTokens, colon)
{
    public UnitSyntax Unit { get; } = unit;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new UnitPropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Node(Unit));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(KeyTokens, Colon, Unit);
}
