using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Text;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// A streefwaarde without a disclaimer (Nijmegen; Divosa, "Meetbare waarden": "afhankelijk van de sociaal/maatschappelijke
/// ontwikkeling en ter ondersteuning van het beleid"). The quick fix adds Nijmegen's disclaimer.
/// </summary>
public sealed class DisclaimerOntbreektRule() : Rule("KPI138", "streefwaarde-zonder-disclaimer", DiagnosticCategory.Methode, DiagnosticSeverity.Warning,
    new("de streefwaarde '{1}' van indicator '{0}' heeft geen disclaimer; zeg waar hij van afhangt en dat hij het beleid ondersteunt",
        "the target '{1}' of indicator '{0}' has no disclaimer; say what it depends on and that it supports policy"),
    new("Een streefwaarde zonder disclaimer wordt een afrekennorm. Nijmegen zet er expliciet bij dat de waarde afhangt van maatschappelijke ontwikkelingen en het beleid ondersteunt.",
        "A target without a disclaimer turns into a norm to settle accounts by. Nijmegen states explicitly that the value depends on social developments and supports policy."))
{
    internal const string StandardDisclaimer = "Dit is afhankelijk van de sociaal/maatschappelijke ontwikkeling en ter ondersteuning van het beleid.";

    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent()) continue;
            foreach (var target in indicator.Targets)
                if (!target.HasDisclaimer)
                    context.Report(this, RuleSyntax.At(indicator, target.Syntax), AddDisclaimer(indicator, target), indicator.Name, target.ToString());
        }
    }

    /// <summary>Adds a disclaimer to the target's block, or a block with one. Shared with the funding rule.</summary>
    internal static CodeFix? AddDisclaimer(IndicatorSymbol indicator, Target target)
    {
        var text = indicator.SyntaxTree.Text;
        var indent = RuleSyntax.IndentOf(text, target.Syntax.Span.Start);
        var line = $"disclaimer: \"{StandardDisclaimer}\"";
        TextEdit edit;
        if (target.Syntax.Block is { OpenBrace.IsMissing: false } block)
            edit = new TextEdit(text, new TextSpan(block.OpenBrace.Span.End, 0), $"\n{indent}    {line}");
        else if (target.Syntax.Block is null)
            edit = new TextEdit(text, new TextSpan(target.Syntax.Span.End, 0), $" {{\n{indent}    {line}\n{indent}}}");
        else return null;
        return new CodeFix(new("Voeg de disclaimer van Nijmegen toe", "Add Nijmegen's disclaimer"), [edit]);
    }
}
