using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>frequentie: maandelijks</c>, <c>frequentie: 2 keer per jaar</c></summary>
public sealed class FrequencyPropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon, FrequencySyntax frequency)
    : PropertySyntax(keyTokens, colon)
{
    public FrequencySyntax Frequency { get; } = frequency;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new FrequencyPropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Node(Frequency));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(KeyTokens, Colon, Frequency);
}
