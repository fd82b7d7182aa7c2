using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules.Aantal;

/// <summary>
/// Too many indicators on one goal (its own and its efforts', not those of sub-goals). PBM ("Lerend vooruit in jouw RESV"): a few
/// KPIs per user story and six for the whole worked example; Werkplein (Divosa, "Meetbare waarden") keeps it to three per team goal, set in kpiconfig.json.
/// </summary>
public sealed class TeVeelPerDoelRule() : Rule("KPI111", "te-veel-kpis-per-doel", DiagnosticCategory.Aantal, DiagnosticSeverity.Warning,
    new("doel '{0}' heeft {1} indicatoren; kies er hooguit {2}", "goal '{0}' has {1} indicators; choose {2} at most"),
    new("Een doel met veel KPI's wordt onoverzichtelijk. De Performance Breakdown Methode vraagt een paar KPI's per user story; het Werkplein houdt maximaal drie indicatoren per teamdoelstelling aan.",
        "A goal with many KPIs becomes hard to oversee. The Performance Breakdown Methode asks for a few KPIs per user story; Werkplein keeps at most three indicators per team goal."))
{
    public const string Maximum = "maximum";

    public override ImmutableArray<RuleSetting> Settings =>
        [new(Maximum, 6m, new("het grootste aantal indicatoren per doel (zonder subdoelen)", "the largest number of indicators per goal (sub-goals not counted)"))];

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
