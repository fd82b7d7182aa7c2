using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary><c>maximaal 10 per jaar in 2025</c>: a comparison, an optional window and an optional time bound.</summary>
public sealed class TargetSyntax(ComparisonSyntax comparison, WindowSyntax? window, TimeBoundSyntax? timeBound) : SyntaxNode
{
    public ComparisonSyntax Comparison { get; } = comparison;
    public WindowSyntax? Window { get; } = window;
    public TimeBoundSyntax? TimeBound { get; } = timeBound;
    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Comparison, Window, TimeBound);
}
