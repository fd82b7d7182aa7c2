using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// No data source: who delivers the figures (registratie, CBS, enquête …). A method finding of its own, not a SMART
/// letter: an otherwise clear KPI is measurable before its source is written down (step 6 of the SWN model asks who
/// registers what, and where it comes from).
/// </summary>
public sealed class GeenBronRule() : Rule("KPI142", "geen-bron", DiagnosticCategory.Methode, DiagnosticSeverity.Info,
    MethodRuleText.Texts)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
            if (indicator.IsCurrent() && string.IsNullOrWhiteSpace(indicator.Source))
                context.Report(this, indicator.Location, indicator.Name);
    }
}
