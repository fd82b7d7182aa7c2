using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Aantal;

/// <summary>
/// A KPI jungle (PBM, "Lerend vooruit in jouw RESV"): more current indicators in one scope than the maximum (Sociaal Werk Nederland,
/// "Handleiding KPI-model": choose 10–15 at most). A specification without scopes counts as one scope. Replaced indicators,
/// kept for their history, do not count.
/// </summary>
public sealed class TeVeelPerScopeRule() : Rule("KPI110", "te-veel-kpis-per-scope", DiagnosticCategory.Aantal, DiagnosticSeverity.Warning,
    new("{0} heeft {1} indicatoren; kies er hooguit {2} (geen KPI-jungle)", "{0} has {1} indicators; choose {2} at most (no KPI jungle)"),
    new("Met te veel KPI's ziet niemand meer waar het om gaat. Het KPI-model van Sociaal Werk Nederland adviseert uit de bibliotheek maximaal 10 à 15 KPI's te kiezen.",
        "With too many KPIs nobody sees what matters any more. The Sociaal Werk Nederland KPI model advises choosing 10 to 15 KPIs at most from the library."))
{
    public const string Maximum = "maximum";

    public override ImmutableArray<RuleSetting> Settings =>
        [new(Maximum, 15m, new("het grootste aantal indicatoren per scope", "the largest number of indicators per scope"))];

    public override void Analyze(RuleContext context)
    {
        var compilation = context.Compilation;
        foreach (var scope in compilation.Scopes)
            Check(context, scope, new("scope '" + scope.Name + "'", "scope '" + scope.Name + "'"), scope.AllIndicators.Where(i => i.IsKpi()).ToList());

        // Indicators outside any scope: per specification (files joined by imports).
        foreach (var group in compilation.Indicators.Where(i => i.Scope is null && i.IsKpi())
                     .GroupBy(i => compilation.GetSpecificationId(i.SyntaxTree)))
        {
            var indicators = group.ToList();
            Symbol anchor = context.OrganisationBySpecification.GetValueOrDefault(group.Key) ?? (Symbol)indicators[0];
            Check(context, anchor, new("de specificatie", "the specification"), indicators);
        }
    }

    private void Check(RuleContext context, Symbol anchor, LocalizedText what, List<IndicatorSymbol> indicators)
    {
        var maximum = context.Setting(this, Maximum, anchor);
        if (indicators.Count > maximum)
            context.Report(this, anchor.Location, what, indicators.Count, maximum);
    }
}
