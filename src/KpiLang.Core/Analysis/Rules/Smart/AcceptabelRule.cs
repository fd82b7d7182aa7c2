using KpiLang.Diagnostics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>
/// A streefwaarde nobody has agreed to is a target imposed, not accepted. Not a SMART letter of its own: the A of
/// SMART (an accountable owner) is judged by KPI120.
/// </summary>
public sealed class AcceptabelRule() : Rule("KPI103", "niet-afgesproken", DiagnosticCategory.Eigenaarschap, DiagnosticSeverity.Info,
    SmartRuleText.Texts)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent() || indicator.Targets.IsEmpty) continue;
            if (indicator.Targets.Any(t => !t.AgreedWith.IsEmpty)) continue;
            context.Report(this, RuleSyntax.PropertyOrName(indicator, PropertyKey.Streefwaarde), indicator.Name);
        }
    }
}
