using System.Collections.Immutable;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>A doel; goals nest (strategic goal → team goal) and hold efforts and indicators.</summary>
public sealed class GoalSymbol(string name, string? title, DeclarationSyntax declaration, SyntaxTree tree, Symbol? container)
    : Symbol(name, title, declaration, tree, container)
{
    public override SymbolKind Kind => SymbolKind.Goal;
    public GoalSymbol? ParentGoal => Container as GoalSymbol;
    public ScopeSymbol? Scope => Container as ScopeSymbol ?? ParentGoal?.Scope;
    public Level? Level { get; internal set; }
    public ActorSymbol? Owner { get; internal set; }
    public ReviewCycle? Review { get; internal set; }
    public ImmutableArray<Audience> Discussions { get; internal set; } = [];
    public ImmutableArray<string> AcceptanceCriteria { get; internal set; } = [];
    public ImmutableArray<GoalSymbol> Goals { get; internal set; } = [];
    public ImmutableArray<EffortSymbol> Efforts { get; internal set; } = [];
    public ImmutableArray<IndicatorSymbol> Indicators { get; internal set; } = [];

    /// <summary>Indicators directly on this goal and on its efforts (not those of sub-goals).</summary>
    public IEnumerable<IndicatorSymbol> OwnIndicators => Indicators.Concat(Efforts.SelectMany(e => e.Indicators));

    /// <summary>Every indicator under this goal, including sub-goals.</summary>
    public IEnumerable<IndicatorSymbol> AllIndicators => OwnIndicators.Concat(Goals.SelectMany(g => g.AllIndicators));

    public bool HasAcceptanceCriteria => !AcceptanceCriteria.IsEmpty;
}
