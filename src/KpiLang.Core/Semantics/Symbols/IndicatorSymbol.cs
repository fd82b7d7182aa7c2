using System.Collections.Immutable;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>An indicator (KPI) with everything the method asks of it.</summary>
public sealed class IndicatorSymbol(string name, string? title, DeclarationSyntax declaration, SyntaxTree tree, Symbol? container)
    : Symbol(name, title, declaration, tree, container)
{
    public override SymbolKind Kind => SymbolKind.Indicator;
    public GoalSymbol? Goal => Container as GoalSymbol ?? (Container as EffortSymbol)?.Goal;
    public EffortSymbol? Effort => Container as EffortSymbol;
    public ScopeSymbol? Scope => Container as ScopeSymbol ?? Goal?.Scope;

    /// <summary>A kengetal: followed on purpose without a target (a monitoring or signal figure).</summary>
    public bool IsMonitoringFigure => Declaration.IsMonitoringFigure;

    public string? Definition => Text(PropertyKey.Definitie);

    /// <summary>The code of a standard indicator ("BBV 6.1", a CBS or Waarstaatjegemeente code), as written.</summary>
    public string? Code => Text(PropertyKey.Code);
    public Layer? Layer { get; internal set; }
    public IndicatorKind? IndicatorKind { get; internal set; }
    public Unit? Unit { get; internal set; }
    public ImmutableArray<string> Breakdown { get; internal set; } = [];
    public string? Source => Text(PropertyKey.Bron);
    public Method? Method { get; internal set; }
    public Frequency? Frequency { get; internal set; }
    public Direction? Direction { get; internal set; }
    public ActorSymbol? Owner { get; internal set; }

    /// <summary>The name written after 'eigenaar', even when it resolves to nothing.</summary>
    public string? OwnerName { get; internal set; }
    public ImmutableArray<Audience> Entry { get; internal set; } = [];
    public ImmutableArray<Audience> Viewers { get; internal set; } = [];
    public ImmutableArray<Audience> Discussions { get; internal set; } = [];

    /// <summary>Who reports on the indicator (collects and passes it on), and how often.</summary>
    public ImmutableArray<Audience> Reporting { get; internal set; } = [];
    public ImmutableArray<IndicatorSymbol> Links { get; internal set; } = [];

    /// <summary>The providers (actors with 'soort: aanbieder') that deliver this indicator's measurements ('aanbieders:').</summary>
    public ImmutableArray<ActorSymbol> Providers { get; internal set; } = [];

    /// <summary>Indicators that declare a link to this one.</summary>
    public ImmutableArray<IndicatorSymbol> LinkedFrom { get; internal set; } = [];
    public string? Funding => Text(PropertyKey.Bekostiging);
    public Baseline? Baseline { get; internal set; }

    /// <summary>The agreed moment of a baseline that is still to be measured ("nulmeting: op 2025-09-01").</summary>
    public DateOnly? BaselinePlannedOn { get; internal set; }
    public ImmutableArray<Target> Targets { get; internal set; } = [];

    /// <summary>Forecasts and budgeted values ('raming:'): shown beside measurements, never judged as targets.</summary>
    public ImmutableArray<Forecast> Forecasts { get; internal set; } = [];

    /// <summary>The service norm each case is measured against ('norm: binnen 8 weken').</summary>
    public ServiceNorm? Norm { get; internal set; }
    public ImmutableArray<string> AcceptanceCriteria { get; internal set; } = [];
    public ReviewCycle? Review { get; internal set; }
    public Replacement? Replaces { get; internal set; }
    public IndicatorSymbol? ReplacedBy { get; internal set; }

    /// <summary>Declared deliberately as not SMART: accounted for by acceptance criteria.</summary>
    public bool UsesAcceptanceCriteria => !AcceptanceCriteria.IsEmpty;

    /// <summary>The unit values are in: the declared unit, or the one implied by the kind.</summary>
    public Unit EffectiveUnit => Unit ?? IndicatorKind?.Type switch
    {
        IndicatorKindType.Percentage => Semantics.Unit.Percent,
        IndicatorKindType.Bedrag => Semantics.Unit.Euro,
        _ => Semantics.Unit.None,
    };

    /// <summary>The direction in which values are better: declared, or read from the targets.</summary>
    public Direction? EffectiveDirection => Direction ?? Targets.Select(t => t.Comparator switch
    {
        Comparator.AtLeast or Comparator.GreaterThan => Semantics.Direction.Hoger,
        Comparator.AtMost or Comparator.LessThan => Semantics.Direction.Lager,
        Comparator.Between => Semantics.Direction.Binnen,
        _ => (Direction?)null,
    }).FirstOrDefault(d => d is not null);
}
