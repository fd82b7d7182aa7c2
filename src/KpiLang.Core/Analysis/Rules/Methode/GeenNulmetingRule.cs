using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>No nulmeting: "Hoe staan we er aan het begin van het traject voor?" (Nijmegen; Divosa, "Meetbare waarden"; SWN stap 4).</summary>
public sealed class GeenNulmetingRule() : Rule("KPI130", "geen-nulmeting", DiagnosticCategory.Methode, DiagnosticSeverity.Warning,
    new("indicator '{0}' heeft geen nulmeting; zet 'nulmeting: <waarde> op <datum>', of 'nulmeting: op <datum>' als hij nog gemeten wordt",
        "indicator '{0}' has no baseline; add 'nulmeting: <value> op <date>', or 'nulmeting: op <date>' if it is still to be measured"),
    new("Zonder beginsituatie is niet te zien of er iets verandert, en is een streefwaarde niet te beoordelen. Spreek af welk moment de nulmeting is.",
        "Without a starting point nobody can see whether anything changes, nor judge a target. Agree on the moment of the baseline."))
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
