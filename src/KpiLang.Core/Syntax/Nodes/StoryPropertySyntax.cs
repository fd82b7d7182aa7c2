using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>verhaal: als wijkcoordinator wil ik inzicht in "…" zodat "…"</c></summary>
public sealed class StoryPropertySyntax(ImmutableArray<SyntaxToken> keyTokens, SyntaxToken colon, UserStorySyntax story)
    : PropertySyntax(keyTokens, colon)
{
    public UserStorySyntax Story { get; } = story;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new StoryPropertySyntax(r.Tokens(KeyTokens), r.Token(Colon), r.Node(Story));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(KeyTokens, Colon, Story);
}
