using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// "Tellen én vertellen" (PBM, "Lerend vooruit in jouw RESV"): a scope (or a specification without scopes) with only quantitative
/// indicators and no acceptatiecriteria anywhere. Small sets are left alone (setting 'minimum').
/// </summary>
public sealed class AlleenTellenRule() : Rule("KPI137", "alleen-tellen", DiagnosticCategory.Methode, DiagnosticSeverity.Info,
    new("{0} heeft alleen cijfermatige indicatoren ({1}); vertel ook: voeg een kwalitatieve indicator of acceptatiecriteria toe",
        "{0} has only quantitative indicators ({1}); tell as well as count: add a qualitative indicator or acceptance criteria"),
    new("Cijfers zeggen niet alles. Verhalen, interviews en reflectie laten zien wat er achter de cijfers zit: tellen én vertellen.",
        "Numbers do not say everything. Stories, interviews and reflection show what lies behind them: count and tell."))
{
    public const string Minimum = "minimum";

    public override ImmutableArray<RuleSetting> Settings =>
        [new(Minimum, 3m, new("vanaf hoeveel indicatoren de regel kijkt", "from how many indicators on the rule looks"))];

    public override void Analyze(RuleContext context)
    {
        var compilation = context.Compilation;
        var telling = compilation.Symbols.Where(Tells).Select(s => compilation.GetSpecificationId(s.SyntaxTree)).ToHashSet();
        foreach (var scope in compilation.Scopes)
        {
            var indicators = scope.AllIndicators.Where(i => i.IsCurrent()).ToList();
            if (!Tells(scope) && !indicators.Any(Tells) && !scope.Goals.Any(GoalTells))
                Check(context, scope, new($"scope '{scope.Name}'", $"scope '{scope.Name}'"), indicators);
        }
        foreach (var group in compilation.Indicators.Where(i => i.Scope is null && i.IsCurrent())
                     .GroupBy(i => compilation.GetSpecificationId(i.SyntaxTree)))
        {
            if (telling.Contains(group.Key)) continue;
            var indicators = group.ToList();
            Symbol anchor = context.OrganisationBySpecification.GetValueOrDefault(group.Key) ?? (Symbol)indicators[0];
            Check(context, anchor, new("de specificatie", "the specification"), indicators);
        }
    }

    private void Check(RuleContext context, Symbol anchor, LocalizedText what, List<IndicatorSymbol> indicators)
    {
        if (indicators.Count >= context.Setting(this, Minimum, anchor))
            context.Report(this, anchor.Location, what, indicators.Count);
    }

    /// <summary>Something that tells rather than counts: a qualitative indicator or acceptance criteria.</summary>
    private static bool Tells(Symbol symbol) => symbol switch
    {
        IndicatorSymbol i => i.IndicatorKind?.Type == IndicatorKindType.Kwalitatief || i.UsesAcceptanceCriteria,
        GoalSymbol g => g.HasAcceptanceCriteria,
        EffortSymbol e => !e.AcceptanceCriteria.IsEmpty,
        _ => false,
    };

    private static bool GoalTells(GoalSymbol goal) =>
        goal.HasAcceptanceCriteria || goal.Efforts.Any(Tells) || goal.Goals.Any(GoalTells);
}
