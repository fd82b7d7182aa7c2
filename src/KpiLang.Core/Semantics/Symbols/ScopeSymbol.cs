using System.Collections.Immutable;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>A scope in the SWN sense: a service (dienst) for a target group with a desired effect.</summary>
public sealed class ScopeSymbol(string name, string? title, DeclarationSyntax declaration, SyntaxTree tree)
    : Symbol(name, title, declaration, tree, null)
{
    public override SymbolKind Kind => SymbolKind.Scope;
    public string? Service => Text(PropertyKey.Dienst);
    public string? TargetGroup => Text(PropertyKey.Doelgroep);
    public string? Effect => Text(PropertyKey.Effect);
    public ActorSymbol? Owner { get; internal set; }
    public ReviewCycle? Review { get; internal set; }
    public ImmutableArray<GoalSymbol> Goals { get; internal set; } = [];
    public ImmutableArray<IndicatorSymbol> Indicators { get; internal set; } = [];

    /// <summary>Every indicator in the scope, directly or under its goals and efforts.</summary>
    public IEnumerable<IndicatorSymbol> AllIndicators => Indicators.Concat(Goals.SelectMany(g => g.AllIndicators));
}
