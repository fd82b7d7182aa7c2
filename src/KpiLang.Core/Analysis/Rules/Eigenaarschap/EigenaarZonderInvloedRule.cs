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
    OwnershipRuleText.Texts)
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
                    ? OwnershipRuleText.ActorDoesNotSayWhat(owner.Name)
                    : OwnershipRuleText.NvloedtNamesNeitherIndicatorNor(owner.Name));
                continue;
            }
            // Influence named on the indicator or its effort is taken at its word; influence claimed over a whole goal
            // two levels away (a team over a strategic goal, the board over an operational one) is doubted.
            var covering = new Symbol[] { indicator }.Concat(indicator.Containers()).First(s => owner.Influences.Contains(s));
            if (owner.Level is { } actorLevel && covering is GoalSymbol { Level: { } level } && Math.Abs((int)actorLevel - (int)level) > 1)
                context.Report(this, location, indicator.Name, owner.Name,
                    OwnershipRuleText.ActorWorksLevelGoal(Word(actorLevel), Word(level)));
        }
    }

    private static string Word(Level level) => level.ToString().ToLowerInvariant();
}
