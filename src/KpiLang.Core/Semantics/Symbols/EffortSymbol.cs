using System.Collections.Immutable;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>An inspanning: a concrete activity under a goal, with network partners, user stories and indicators.</summary>
public sealed class EffortSymbol(string name, string? title, DeclarationSyntax declaration, SyntaxTree tree, Symbol? container)
    : Symbol(name, title, declaration, tree, container)
{
    public override SymbolKind Kind => SymbolKind.Effort;
    public GoalSymbol? Goal => Container as GoalSymbol;
    public ActorSymbol? Owner { get; internal set; }
    public ImmutableArray<Partner> Partners { get; internal set; } = [];
    public ImmutableArray<UserStory> Stories { get; internal set; } = [];
    public ImmutableArray<string> AcceptanceCriteria { get; internal set; } = [];
    public ImmutableArray<IndicatorSymbol> Indicators { get; internal set; } = [];
}
