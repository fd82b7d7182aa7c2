using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// A bare target value ("streefwaarde: 64,3", as tables write it) on an indicator without 'richting:': whether 64,3
/// is a floor or a ceiling is not said, and the compiler does not guess. With a direction it reads as minimaal or
/// maximaal; without one nothing can be judged against it.
/// </summary>
public sealed class VergelijkingOnbepaaldRule() : Rule("KPI143", "vergelijking-onbepaald", DiagnosticCategory.Methode, DiagnosticSeverity.Warning,
    MethodRuleText.Texts)
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent()) continue;
            foreach (var target in indicator.Targets)
                if (target.Origin == ComparatorOrigin.Unstated)
                    context.Report(this, RuleSyntax.At(indicator, target.Syntax), indicator.Name, RuleSyntax.Written(indicator, target));
        }
    }
}
