using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>laag: impact</c>, <c>niveau: strategisch</c>: a word from a fixed list, checked by the binder.</summary>
public sealed class ChoicePropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon, SyntaxToken value)
    : PropertySyntax(keyTokens, colon)
{
    public SyntaxToken Value { get; } = value;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new ChoicePropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Token(Value));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(KeyTokens, Colon, Value);
}
