using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>als wijkcoordinator wil ik inzicht in "…" zodat "…"</c> (or "willen we")</summary>
public sealed class UserStorySyntax(SyntaxToken asKeyword, SyntaxToken who, ImmutableArray<SyntaxToken> wantTokens,
    TextSyntax insight, SyntaxToken? comma, SyntaxToken soThatKeyword, TextSyntax purpose) : SyntaxNode
{
    public SyntaxToken AsKeyword { get; } = asKeyword;
    public SyntaxToken Who { get; } = who;
    /// <summary>"wil ik inzicht in" or "willen we inzicht in".</summary>
    public ImmutableArray<SyntaxToken> WantTokens { get; } = wantTokens;
    public TextSyntax Insight { get; } = insight;
    public SyntaxToken? Comma { get; } = comma;
    public SyntaxToken SoThatKeyword { get; } = soThatKeyword;
    public TextSyntax Purpose { get; } = purpose;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new UserStorySyntax(r.Token(AsKeyword), r.Token(Who), r.Tokens(WantTokens), r.Node(Insight), r.TokenOrNull(Comma),
            r.Token(SoThatKeyword), r.Node(Purpose));

    protected override ImmutableArray<SyntaxElement> ChildParts() =>
        Elements(AsKeyword, Who, WantTokens, Insight, Comma, SoThatKeyword, Purpose);
}
