using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>missie: "…"</c>, <c>bron: "…"</c>, <c>disclaimer: "…"</c></summary>
public sealed class TextPropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon, TextSyntax value)
    : PropertySyntax(keyTokens, colon)
{
    public TextSyntax Value { get; } = value;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new TextPropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Node(Value));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(KeyTokens, Colon, Value);
}
