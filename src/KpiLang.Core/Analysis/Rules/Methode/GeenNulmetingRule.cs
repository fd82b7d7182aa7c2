using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>No nulmeting: "Hoe staan we er aan het begin van het traject voor?" (Nijmegen; Divosa, "Meetbare waarden"; SWN stap 4).</summary>
public sealed class GeenNulmetingRule() : Rule("KPI130", "geen-nulmeting", DiagnosticCategory.Methode, DiagnosticSeverity.Warning,
    MethodRuleText.Texts)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsKpi() || indicator.IsDeliberatelyNotSmart()) continue;
            if (indicator.IndicatorKind?.Type == IndicatorKindType.Kwalitatief) continue;
            if (indicator.Baseline is null && indicator.BaselinePlannedOn is null)
                context.Report(this, indicator.Location, indicator.Name);
        }
    }
}
