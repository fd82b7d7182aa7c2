using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// An indicator tied to money (Goodhart/Campbell, Divosa, "Meetbare waarden": the target of 4 million euro fraud recovered a year
/// drove people into lifelong debt). Silent once a counter-indicator is linked and every target has a disclaimer.
/// </summary>
public sealed class BekostigingRule() : Rule("KPI139", "bekostiging-goodhart", DiagnosticCategory.Methode, DiagnosticSeverity.Warning,
    MethodRuleText.Texts)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent() || string.IsNullOrWhiteSpace(indicator.Funding)) continue;
            var hasCounter = !indicator.Links.IsEmpty || !indicator.LinkedFrom.IsEmpty;
            var undisclaimed = indicator.Targets.FirstOrDefault(t => !t.HasDisclaimer);
            if (hasCounter && undisclaimed is null) continue;
            LocalizedText advice = (hasCounter, undisclaimed) switch
            {
                (false, not null) => MethodRuleText.LinkCounterIndicatorGekoppeldAan,
                (false, null) => MethodRuleText.LinkCounterIndicatorGekoppeldAan2,
                _ => MethodRuleText.PutDisclaimerTarget,
            };
            var fix = undisclaimed is null ? null : DisclaimerOntbreektRule.AddDisclaimer(indicator, undisclaimed);
            context.Report(this, RuleSyntax.PropertyOrName(indicator, PropertyKey.Bekostiging), fix, indicator.Name, advice);
        }
    }
}
