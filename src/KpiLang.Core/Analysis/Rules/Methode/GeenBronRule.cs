using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// No data source: who delivers the figures (registratie, CBS, enquête …). A method finding of its own, not a SMART
/// letter: an otherwise clear KPI is measurable before its source is written down (step 6 of the SWN model asks who
/// registers what, and where it comes from).
/// </summary>
public sealed class GeenBronRule() : Rule("KPI142", "geen-bron", DiagnosticCategory.Methode, DiagnosticSeverity.Info,
    new("bij indicator '{0}' staat niet waar de gegevens vandaan komen; voeg 'bron:' toe (een registratie, het CBS, een enquête, …)",
        "indicator '{0}' does not say where the data come from; add 'bron:' (a registration, CBS, a survey, …)"),
    new("Wie een KPI wil volgen, moet weten waar de cijfers vandaan komen en wie ze aanlevert. Leg de bron vast, zodat de registratie geregeld kan worden.",
        "Whoever follows a KPI must know where the figures come from and who delivers them. Record the source, so the registration can be arranged."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
            if (indicator.IsCurrent() && string.IsNullOrWhiteSpace(indicator.Source))
                context.Report(this, indicator.Location, indicator.Name);
    }
}
