using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Eigenaarschap;

/// <summary>
/// An owner who cannot influence the indicator (PBM stap 6: "Zorg ervoor dat dit de mensen zijn die er écht
/// invloed op hebben"): their 'beïnvloedt' covers neither the indicator nor a goal or effort above it, or their
/// influence comes only from a goal two levels away (uitvoering over a strategic goal, or the reverse).
/// </summary>
public sealed class EigenaarZonderInvloedRule() : Rule("KPI122", "eigenaar-zonder-invloed", DiagnosticCategory.Eigenaarschap, DiagnosticSeverity.Warning,
    new("eigenaar '{1}' kan indicator '{0}' niet beïnvloeden: {2}", "owner '{1}' cannot influence indicator '{0}': {2}"),
    new("Een eigenaar moet echt invloed hebben op de KPI; anders wordt hij afgerekend op iets waar hij niet over gaat. Leg bij de actor vast wat hij beïnvloedt ('beïnvloedt:').",
        "An owner must really be able to influence the KPI; otherwise they are held to account for something beyond their control. Record at the actor what they influence ('beïnvloedt:')."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent() || indicator.Owner is not { } owner) continue;
            var location = RuleSyntax.PropertyOrName(indicator, PropertyKey.Eigenaar);
            if (!owner.CanInfluence(indicator))
            {
                context.Report(this, location, indicator.Name, owner.Name, owner.Influences.IsEmpty
                    ? new LocalizedText($"bij actor '{owner.Name}' staat niet wat hij beïnvloedt; zet 'beïnvloedt:' met dit doel, deze inspanning of indicator",
                        $"actor '{owner.Name}' does not say what they influence; add 'beïnvloedt:' with this goal, effort or indicator")
                    : new LocalizedText($"'beïnvloedt' van '{owner.Name}' noemt deze indicator en de doelen en inspanningen erboven niet",
                        $"the 'beïnvloedt' of '{owner.Name}' names neither this indicator nor the goals and efforts above it"));
                continue;
            }
            // Influence named on the indicator or its effort is taken at its word; influence claimed over a whole goal
            // two levels away (a team over a strategic goal, the board over an operational one) is doubted.
            var covering = new Symbol[] { indicator }.Concat(indicator.Containers()).First(s => owner.Influences.Contains(s));
            if (owner.Level is { } actorLevel && covering is GoalSymbol { Level: { } level } && Math.Abs((int)actorLevel - (int)level) > 1)
                context.Report(this, location, indicator.Name, owner.Name,
                    new LocalizedText($"de actor werkt op niveau {Word(actorLevel)}, het doel is {Word(level)}",
                        $"the actor works at level {Word(actorLevel)}, the goal is {Word(level)}"));
        }
    }

    private static string Word(Level level) => level.ToString().ToLowerInvariant();
}
