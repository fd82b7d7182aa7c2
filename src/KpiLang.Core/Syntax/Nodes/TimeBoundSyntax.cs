using System.Collections.Immutable;
namespace KpiLang.Syntax;

public enum TimeBoundKind
{
    /// <summary><c>in 2025</c></summary>
    InYear,
    /// <summary><c>uiterlijk 2026-12-31</c>, <c>eind 2026</c>, <c>medio 2026</c></summary>
    Deadline,
    /// <summary><c>vanaf 2025</c></summary>
    StartingFrom,
    /// <summary><c>van 2023 tot 2026</c></summary>
    FromUntil,
    /// <summary><c>in Q3 2026</c>, <c>in juli 2026</c>, <c>schooljaar 2025-2026</c>: a named period within which it must be met.</summary>
    InPeriod,
}

/// <summary>
/// When a target must be met. <see cref="Keywords"/> holds the words before the first value (in, uiterlijk, eind,
/// medio, schooljaar, in schooljaar); <see cref="Part"/> the quarter or month of "in Q3 2026".
/// </summary>
public sealed class TimeBoundSyntax(TimeBoundKind kind, ImmutableArray<SyntaxToken> keywords, SyntaxToken? part, SyntaxToken value,
    SyntaxToken? untilKeyword, SyntaxToken? until) : SyntaxNode
{
    public TimeBoundKind Kind { get; } = kind;
    public ImmutableArray<SyntaxToken> Keywords { get; } = keywords;

    /// <summary>The main keyword: the last of <see cref="Keywords"/> ("schooljaar" in "in schooljaar 2025-2026").</summary>
    public SyntaxToken Keyword => Keywords[^1];
    public SyntaxToken? Part { get; } = part;
    public SyntaxToken Value { get; } = value;
    public SyntaxToken? UntilKeyword { get; } = untilKeyword;
    public SyntaxToken? Until { get; } = until;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new TimeBoundSyntax(Kind, r.Tokens(Keywords), r.TokenOrNull(Part), r.Token(Value), r.TokenOrNull(UntilKeyword),
            r.TokenOrNull(Until));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements([.. Keywords, Part, Value, UntilKeyword, Until]);
}
