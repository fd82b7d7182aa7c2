using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// An impact indicator linked to no activity or quality indicator (SWN stap 3: "Je moet verandering zien in de
/// impactlaag, als je aan knoppen draait in de andere twee lagen").
/// </summary>
public sealed class ImpactNietGekoppeldRule() : Rule("KPI136", "impact-niet-gekoppeld", DiagnosticCategory.Methode, DiagnosticSeverity.Info,
    new("impact-indicator '{0}' is aan geen activiteit- of kwaliteit-indicator gekoppeld; zet 'gekoppeld aan:' met de indicatoren die eraan bijdragen",
        "impact indicator '{0}' is linked to no activity or quality indicator; add 'gekoppeld aan:' with the indicators that contribute to it"),
    new("Impact verandert door wat je doet. Door impact te koppelen aan activiteiten en kwaliteit zie je aan welke knoppen je kunt draaien.",
        "Impact changes through what you do. Linking impact to activities and quality shows which levers you can pull."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
            if (indicator.IsKpi() && indicator.Layer == Layer.Impact && indicator.Links.IsEmpty && indicator.LinkedFrom.IsEmpty)
                context.Report(this, indicator.Location, indicator.Name);
    }
}
