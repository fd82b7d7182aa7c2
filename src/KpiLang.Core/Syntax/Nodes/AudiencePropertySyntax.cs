using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>bespreking: wijkverbanden maandelijks, projectgroep halfjaarlijks</c> (also invoer, inzage)</summary>
public sealed class AudiencePropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon,
    ImmutableArray<AudienceSyntax> audiences, ImmutableArray<SyntaxToken> separators) : PropertySyntax(keyTokens, colon)
{
    public ImmutableArray<AudienceSyntax> Audiences { get; } = audiences;
    public ImmutableArray<SyntaxToken> Separators { get; } = separators;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new AudiencePropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Nodes(Audiences), r.Tokens(Separators));

    protected override ImmutableArray<SyntaxElement> ChildParts() =>
        Elements([.. KeyTokens, Colon, .. ReferencePropertySyntax.Interleave(Audiences, Separators)]);
}
