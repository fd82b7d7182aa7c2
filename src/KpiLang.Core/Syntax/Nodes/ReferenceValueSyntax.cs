using System.Collections.Immutable;

namespace KpiLang.Syntax;

public enum ReferenceValueKind
{
    /// <summary><c>nulmeting</c></summary>
    Baseline,
    /// <summary><c>vorige periode</c></summary>
    PreviousPeriod,
    /// <summary><c>benchmark "landelijk gemiddelde"</c></summary>
    Benchmark,
    /// <summary><c>niveau van 2023</c></summary>
    Year,
}

/// <summary>A value a target is relative to.</summary>
public sealed class ReferenceValueSyntax(ReferenceValueKind kind, ImmutableArray<SyntaxToken> keywords, TextSyntax? benchmark,
    SyntaxToken? year) : SyntaxNode
{
    public ReferenceValueKind Kind { get; } = kind;
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;
    public TextSyntax? Benchmark { get; } = benchmark;
    public SyntaxToken? Year { get; } = year;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new ReferenceValueSyntax(Kind, r.Tokens(Keywords), r.NodeOrNull(Benchmark), r.TokenOrNull(Year));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Keywords, Benchmark, Year);
}
