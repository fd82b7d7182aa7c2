using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// An impact indicator linked to no activity or quality indicator (SWN stap 3: "Je moet verandering zien in de
/// impactlaag, als je aan knoppen draait in de andere twee lagen").
/// </summary>
public sealed class ImpactNietGekoppeldRule() : Rule("KPI136", "impact-niet-gekoppeld", DiagnosticCategory.Methode, DiagnosticSeverity.Info,
    MethodRuleText.Texts)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
            if (indicator.IsKpi() && indicator.Layer == Layer.Impact && indicator.Links.IsEmpty && indicator.LinkedFrom.IsEmpty)
                context.Report(this, indicator.Location, indicator.Name);
    }
}
