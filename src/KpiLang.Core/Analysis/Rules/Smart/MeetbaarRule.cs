using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>M of SMART: what kind of value, in what unit, from which source, measured how.</summary>
public sealed class MeetbaarRule() : Rule("KPI102", "niet-meetbaar", DiagnosticCategory.Smart, DiagnosticSeverity.Warning,
    new("indicator '{0}' is niet meetbaar: {1}", "indicator '{0}' is not measurable: {1}"),
    new("Een meetbare indicator zegt wat voor waarde hij heeft (soort, eenheid), waar de gegevens vandaan komen (bron) en, als hij kwalitatief is, hoe ze worden opgehaald (methode).",
        "A measurable indicator says what kind of value it has (kind, unit), where the data come from (source) and, if it is qualitative, how they are gathered (method)."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent()) continue;
            if (Problem(indicator) is { } problem)
                context.Report(this, indicator.Location, indicator.Name, problem);
        }
    }

    private static LocalizedText? Problem(IndicatorSymbol indicator)
    {
        if (indicator.IndicatorKind is null && RuleSyntax.Property(indicator, PropertyKey.Soort) is null)
            return new("er staat niet bij wat voor waarde het is; voeg 'soort:' toe (aantal, percentage, score 1..10, …)",
                "it does not say what kind of value it is; add 'soort:' (aantal, percentage, score 1..10, …)");
        if (indicator.IndicatorKind?.Type == IndicatorKindType.Duur && indicator.Unit is null)
            return new("een duur heeft een eenheid nodig; voeg 'eenheid:' toe (dagen, weken, maanden)",
                "a duration needs a unit; add 'eenheid:' (dagen, weken, maanden)");
        if (string.IsNullOrWhiteSpace(indicator.Source))
            return new("er staat niet bij waar de gegevens vandaan komen; voeg 'bron:' toe",
                "it does not say where the data come from; add 'bron:'");
        if (indicator.IndicatorKind?.Type == IndicatorKindType.Kwalitatief && indicator.Method is null)
            return new("een kwalitatieve indicator heeft een methode nodig; voeg 'methode:' toe (interview, reflectie, …)",
                "a qualitative indicator needs a method; add 'methode:' (interview, reflectie, …)");
        return null;
    }
}
