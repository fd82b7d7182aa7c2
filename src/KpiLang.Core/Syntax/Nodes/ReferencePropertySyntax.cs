using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>eigenaar: wijkcoordinator</c>, <c>partners: wijkagent, "Huisartsen"</c>, <c>gekoppeld aan: a, b</c></summary>
public sealed class ReferencePropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon,
    ImmutableArray<ReferenceSyntax> references, ImmutableArray<SyntaxToken> separators) : PropertySyntax(keyTokens, colon)
{
    public ImmutableArray<ReferenceSyntax> References { get; } = references;
    public ImmutableArray<SyntaxToken> Separators { get; } = separators;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new ReferencePropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Nodes(References), r.Tokens(Separators));

    protected override ImmutableArray<SyntaxElement> ChildParts() =>
        Elements([.. KeyTokens, Colon, .. Interleave(References, Separators)]);

    internal static IEnumerable<SyntaxElement> Interleave<T>(ImmutableArray<T> items, ImmutableArray<SyntaxToken> separators)
        where T : SyntaxElement
    {
        for (var i = 0; i < items.Length; i++)
        {
            yield return items[i];
            if (i < separators.Length) yield return separators[i];
        }
    }
}
