using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary>
/// <c>minimaal 95 %</c>, <c>hoger dan vorige periode</c>, <c>tussen 5 en 10</c>, a bare value (<c>64,3</c>, whose comparison
/// comes from the indicator's 'richting:') or only a direction (<c>toename</c>, <c>afname</c>, <c>stabiel</c>).
/// </summary>
public sealed class ComparisonSyntax(ImmutableArray<SyntaxToken> comparator, OperandSyntax? operand, SyntaxToken? andKeyword, OperandSyntax? high)
    : SyntaxNode
{
    /// <summary>The comparator as written: one token (minimaal, &gt;=, binnen, tussen, toename) or two (hoger dan); empty for a bare value.</summary>
    public ImmutableArray<SyntaxToken> Comparator { get; } = comparator;

    /// <summary>The value compared to, or the low bound of a "tussen"; null for a direction only.</summary>
    public OperandSyntax? Operand { get; } = operand;
    public SyntaxToken? AndKeyword { get; } = andKeyword;
    public OperandSyntax? High { get; } = high;
    public bool IsBetween => High is not null;
    public bool IsBare => Comparator.IsEmpty;
    public bool IsDirectionOnly => Operand is null;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new ComparisonSyntax(r.Tokens(Comparator), r.NodeOrNull(Operand), r.TokenOrNull(AndKeyword), r.NodeOrNull(High));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements([.. Comparator, Operand, AndKeyword, High]);
}
