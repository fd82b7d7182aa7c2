using System.Collections.Immutable;
namespace KpiLang.Syntax;

public enum TimeBoundKind
{
    /// <summary><c>in 2025</c></summary>
    InYear,
    /// <summary><c>uiterlijk 2026-12-31</c></summary>
    Deadline,
    /// <summary><c>vanaf 2025</c></summary>
    StartingFrom,
    /// <summary><c>van 2023 tot 2026</c></summary>
    FromUntil,
}

/// <summary>When a target must be met.</summary>
public sealed class TimeBoundSyntax(TimeBoundKind kind, SyntaxToken keyword, SyntaxToken value, SyntaxToken? untilKeyword,
    SyntaxToken? until) : SyntaxNode
{
    public TimeBoundKind Kind { get; } = kind;
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Value { get; } = value;
    public SyntaxToken? UntilKeyword { get; } = untilKeyword;
    public SyntaxToken? Until { get; } = until;
    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Keyword, Value, UntilKeyword, Until);
}
