using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules.Aantal;

/// <summary>
/// Too many indicators on one goal (its own and its efforts', not those of sub-goals). PBM ("Lerend vooruit in jouw RESV"): a few
/// KPIs per user story and six for the whole worked example; Werkplein (Divosa, "Meetbare waarden") keeps it to three per team goal, set in kpiconfig.json.
/// </summary>
public sealed class TeVeelPerDoelRule() : Rule("KPI111", "te-veel-kpis-per-doel", DiagnosticCategory.Aantal, DiagnosticSeverity.Warning,
    CountRuleText.Texts)
{
    public const string Maximum = "maximum";

    public override ImmutableArray<RuleSetting> Settings =>
        [new(Maximum, 6m, CountRuleText.LargestNumberIndicatorsPerGoal)];

    public override void Analyze(RuleContext context)
    {
        foreach (var goal in context.Compilation.Goals)
        {
            var count = goal.OwnIndicators.Count(i => i.IsKpi());
            var maximum = context.Setting(this, Maximum, goal);
            if (count > maximum) context.Report(this, goal.Location, goal.Name, count, maximum);
        }
    }
}
