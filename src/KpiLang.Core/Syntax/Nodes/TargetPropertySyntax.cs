using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>streefwaarde: maximaal 10 per jaar in 2025 { disclaimer: "…" }</c></summary>
public sealed class TargetPropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon, TargetSyntax target,
    BlockSyntax? block) : PropertySyntax(keyTokens, colon)
{
    public TargetSyntax Target { get; } = target;
    public BlockSyntax? Block { get; } = block;
    public IEnumerable<MemberSyntax> Members => Block?.Members ?? [];
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new TargetPropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Node(Target), r.NodeOrNull(Block));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(KeyTokens, Colon, Target, Block);
}
