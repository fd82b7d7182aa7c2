using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Eigenaarschap;

/// <summary>
/// An indicator without an eigenaar: nobody is accountable for it (BRIEF §4). When the effort or goal above has
/// an owner, the quick fix proposes that actor.
/// </summary>
public sealed class EigenaarOntbreektRule() : Rule("KPI120", "eigenaar-ontbreekt", DiagnosticCategory.Eigenaarschap, DiagnosticSeverity.Warning,
    OwnershipRuleText.Texts,
    SmartLetter.A)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsKpi() || RuleSyntax.Property(indicator, PropertyKey.Eigenaar) is not null) continue;
            var inherited = indicator.Containers().Select(OwnerOf).FirstOrDefault(o => o is not null);
            CodeFix? fix = inherited is null || RuleSyntax.InsertFirstProperty(indicator, $"eigenaar: {inherited.Name}") is not { } edit
                ? null
                : new CodeFix(FixTitles.MakeOwner(inherited.Name), [edit]);
            context.Report(this, indicator.Location, fix, indicator.Name);
        }
    }

    private static ActorSymbol? OwnerOf(Symbol symbol) => symbol switch
    {
        EffortSymbol e => e.Owner,
        GoalSymbol g => g.Owner,
        ScopeSymbol s => s.Owner,
        _ => null,
    };
}
