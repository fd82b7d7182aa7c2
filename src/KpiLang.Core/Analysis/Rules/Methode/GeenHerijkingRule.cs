using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// No review cycle for an indicator: not on itself, not on a goal or scope above it, not on the organisation of
/// its specification (PBM stap 8: "Herijk je KPI's elk jaar"). A specification with no herijking anywhere gets
/// one finding instead of one per indicator.
/// </summary>
public sealed class GeenHerijkingRule() : Rule("KPI131", "geen-herijking", DiagnosticCategory.Methode, DiagnosticSeverity.Warning,
    MethodRuleText.Texts)
{
    public override void Analyze(RuleContext context)
    {
        var compilation = context.Compilation;
        var reviewedSpecifications = compilation.Organisations.Where(o => o.Review is not null)
            .Select(o => compilation.GetSpecificationId(o.SyntaxTree)).ToHashSet();
        var specificationsWithAnyReview = compilation.Symbols.Where(HasReview)
            .Select(s => compilation.GetSpecificationId(s.SyntaxTree)).ToHashSet();
        foreach (var group in compilation.Indicators.Where(i => i.IsCurrent())
                     .GroupBy(i => compilation.GetSpecificationId(i.SyntaxTree)))
        {
            if (reviewedSpecifications.Contains(group.Key)) continue;
            var unreviewed = group.Where(i => i.Review is null && !i.Containers().Any(HasReview)).ToList();
            if (unreviewed.Count == 0) continue;
            if (!specificationsWithAnyReview.Contains(group.Key))
            {
                Symbol anchor = context.OrganisationBySpecification.GetValueOrDefault(group.Key) ?? (Symbol)unreviewed[0];
                context.Report(this, anchor.Location, MethodRuleText.SpecificationReviewsNoneIndicators);
                continue;
            }
            foreach (var indicator in unreviewed)
                context.Report(this, indicator.Location, MethodRuleText.IndicatorNeverReviewed(indicator.Name));
        }
    }

    private static bool HasReview(Symbol symbol) => symbol switch
    {
        GoalSymbol g => g.Review is not null,
        ScopeSymbol s => s.Review is not null,
        IndicatorSymbol i => i.Review is not null,
        OrganisationSymbol o => o.Review is not null,
        _ => false,
    };
}
