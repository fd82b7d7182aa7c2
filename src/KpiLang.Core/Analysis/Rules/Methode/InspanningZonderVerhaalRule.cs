using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// An effort with indicators but no user story (PBM stap 4–5: the KPIs answer "Als [wie] wil ik inzicht in
/// [wat] zodat [waarom]"). Efforts without indicators need no story; KPI135 speaks about those.
/// </summary>
public sealed class InspanningZonderVerhaalRule() : Rule("KPI133", "inspanning-zonder-verhaal", DiagnosticCategory.Methode, DiagnosticSeverity.Info,
    MethodRuleText.Texts)
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
                context.Report(this, anchor.Location, MethodRuleText.SpecificationHasNoUserStory(first.Name));
                continue;
            }
            foreach (var effort in group)
                context.Report(this, effort.Location, MethodRuleText.EffortHasIndicatorsButNo(effort.Name));
        }
    }
}
