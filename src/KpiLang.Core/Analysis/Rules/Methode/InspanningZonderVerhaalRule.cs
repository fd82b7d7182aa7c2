using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// An effort with indicators but no user story (PBM stap 4–5: the KPIs answer "Als [wie] wil ik inzicht in
/// [wat] zodat [waarom]"). Efforts without indicators need no story; KPI135 speaks about those.
/// </summary>
public sealed class InspanningZonderVerhaalRule() : Rule("KPI133", "inspanning-zonder-verhaal", DiagnosticCategory.Methode, DiagnosticSeverity.Info,
    new("{0}; zet 'verhaal: als <actor> wil ik inzicht in \"…\" zodat \"…\"' bij de inspanning",
        "{0}; add 'verhaal: als <actor> wil ik inzicht in \"…\" zodat \"…\"' to the effort"),
    new("Een user story zegt wie welk inzicht nodig heeft en waarom; de KPI's beantwoorden die vraag. Zonder verhaal is niet te toetsen of het de goede KPI's zijn.",
        "A user story says who needs which insight and why; the KPIs answer that question. Without one nobody can test whether they are the right KPIs."))
{
    public override void Analyze(RuleContext context)
    {
        var compilation = context.Compilation;
        var telling = compilation.Efforts.Where(e => !e.Stories.IsEmpty).Select(e => compilation.GetSpecificationId(e.SyntaxTree)).ToHashSet();
        foreach (var group in compilation.Efforts.Where(e => e.Stories.IsEmpty && e.Indicators.Any(i => i.IsCurrent()))
                     .GroupBy(e => compilation.GetSpecificationId(e.SyntaxTree)))
        {
            // A specification that writes no stories at all hears it once, not for every effort.
            if (!telling.Contains(group.Key))
            {
                var first = group.First();
                Symbol anchor = context.OrganisationBySpecification.GetValueOrDefault(group.Key) ?? (Symbol)first;
                context.Report(this, anchor.Location, new LocalizedText(
                    $"deze specificatie heeft geen enkele user story bij de inspanningen met indicatoren (zoals '{first.Name}')",
                    $"this specification has no user story for its efforts with indicators (such as '{first.Name}')"));
                continue;
            }
            foreach (var effort in group)
                context.Report(this, effort.Location, new LocalizedText(
                    $"inspanning '{effort.Name}' heeft indicatoren maar geen user story", $"effort '{effort.Name}' has indicators but no user story"));
        }
    }
}
