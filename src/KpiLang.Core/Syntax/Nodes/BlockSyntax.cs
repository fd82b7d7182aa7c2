using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>{ leden }</c></summary>
public sealed class BlockSyntax(SyntaxToken openBrace, ImmutableArray<MemberSyntax> members, SyntaxToken closeBrace) : SyntaxNode
{
    public SyntaxToken OpenBrace { get; } = openBrace;
    public ImmutableArray<MemberSyntax> Members { get; } = members;
    public SyntaxToken CloseBrace { get; } = closeBrace;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new BlockSyntax(r.Token(OpenBrace), r.Nodes(Members), r.Token(CloseBrace));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(OpenBrace, Members, CloseBrace);
}
