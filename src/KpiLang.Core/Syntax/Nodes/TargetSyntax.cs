using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary>
/// <c>maximaal 10 per jaar in 2025</c>, <c>gemiddeld maximaal 20 werkdagen</c>, <c>minimaal 60 % voor jongeren eind 2026</c>:
/// an optional statistic, a comparison, an optional group, window and time bound.
/// </summary>
public sealed class TargetSyntax(SyntaxToken? statistic, ComparisonSyntax comparison, SyntaxToken? groupKeyword, ReferenceSyntax? group,
    WindowSyntax? window, TimeBoundSyntax? timeBound) : SyntaxNode
{
    /// <summary>"gemiddeld" (an average over cases) or "steeds" (every single case), for durations and amounts.</summary>
    public SyntaxToken? Statistic { get; } = statistic;
    public ComparisonSyntax Comparison { get; } = comparison;
    public SyntaxToken? GroupKeyword { get; } = groupKeyword;

    /// <summary>The value of the indicator's breakdown this target is for ("voor jongeren").</summary>
    public ReferenceSyntax? Group { get; } = group;
    public WindowSyntax? Window { get; } = window;
    public TimeBoundSyntax? TimeBound { get; } = timeBound;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new TargetSyntax(r.TokenOrNull(Statistic), r.Node(Comparison), r.TokenOrNull(GroupKeyword),
            r.NodeOrNull(Group), r.NodeOrNull(Window), r.NodeOrNull(TimeBound));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Statistic, Comparison, GroupKeyword, Group, Window, TimeBound);
}
