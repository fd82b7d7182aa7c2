using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// An effort with indicators but no user story (PBM stap 4–5: the KPIs answer "Als [wie] wil ik inzicht in
/// [wat] zodat [waarom]"). Efforts without indicators need no story; KPI135 speaks about those.
/// </summary>
public sealed class InspanningZonderVerhaalRule() : Rule("KPI133", "inspanning-zonder-verhaal", DiagnosticCategory.Methode, DiagnosticSeverity.Info,
    new("inspanning '{0}' heeft indicatoren maar geen user story; zet 'verhaal: als <actor> wil ik inzicht in \"…\" zodat \"…\"'",
        "effort '{0}' has indicators but no user story; add 'verhaal: als <actor> wil ik inzicht in \"…\" zodat \"…\"'"),
    new("Een user story zegt wie welk inzicht nodig heeft en waarom; de KPI's beantwoorden die vraag. Zonder verhaal is niet te toetsen of het de goede KPI's zijn.",
        "A user story says who needs which insight and why; the KPIs answer that question. Without one nobody can test whether they are the right KPIs."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var effort in context.Compilation.Efforts)
            if (effort.Stories.IsEmpty && effort.Indicators.Any(i => i.IsCurrent()))
                context.Report(this, effort.Location, effort.Name);
    }
}
