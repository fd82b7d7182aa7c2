using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary><c>op 2024-01-01</c> or <c>in 2023</c></summary>
public sealed class MomentSyntax(SyntaxToken keyword, SyntaxToken value) : SyntaxNode
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Value { get; } = value;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new MomentSyntax(r.Token(Keyword), r.Token(Value));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Keyword, Value);
}
