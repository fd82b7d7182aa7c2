using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary><c>minimaal 95 %</c>, <c>&gt;= benchmark "landelijk gemiddelde"</c> or <c>tussen 5 en 10</c>.</summary>
public sealed class ComparisonSyntax(SyntaxToken comparator, OperandSyntax operand, SyntaxToken? andKeyword, OperandSyntax? high)
    : SyntaxNode
{
    /// <summary>The comparator (minimaal, &gt;=, …) or the keyword "tussen".</summary>
    public SyntaxToken Comparator { get; } = comparator;
    /// <summary>The value compared to, or the low bound of a "tussen".</summary>
    public OperandSyntax Operand { get; } = operand;
    public SyntaxToken? AndKeyword { get; } = andKeyword;
    public OperandSyntax? High { get; } = high;
    public bool IsBetween => High is not null;
    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Comparator, Operand, AndKeyword, High);
}
