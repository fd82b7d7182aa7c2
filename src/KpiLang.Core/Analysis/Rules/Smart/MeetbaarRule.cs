using KpiLang.Analysis.Wording;
using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>
/// M of SMART (Divosa): a quantity — a count, percentage, score on a stated scale, duration or amount — and a value
/// to reach. An indicator without a target, with only a direction ("toename") or a bare benchmark, or a score without
/// a scale, cannot be measured against anything. Where the data come from is a method finding of its own (KPI142).
/// </summary>
public sealed class MeetbaarRule() : Rule("KPI102", "niet-meetbaar", DiagnosticCategory.Smart, DiagnosticSeverity.Warning,
    new("indicator '{0}' is niet meetbaar: {1}", "indicator '{0}' is not measurable: {1}"),
    new("Een meetbare indicator zegt wat er geteld of gemeten wordt (aantal, percentage, score op een schaal, duur, bedrag) en welke waarde bereikt moet worden. Een richting alleen ('toename') of een vergelijking zonder getal is geen waarde.",
        "A measurable indicator says what is counted or measured (count, percentage, score on a scale, duration, amount) and which value is to be reached. A direction only ('toename') or a comparison without a number is no value."),
    SmartLetter.M)
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
        if (indicator.IndicatorKind?.Type == IndicatorKindType.Kwalitatief)
            return indicator.Method is null
                ? new("een kwalitatieve indicator heeft een methode nodig; voeg 'methode:' toe (interview, reflectie, …)",
                    "a qualitative indicator needs a method; add 'methode:' (interview, reflectie, …)")
                : null;
        if (!HasQuantity(indicator))
            return new("er staat niet bij wat er geteld of gemeten wordt; voeg 'soort:' toe (aantal, percentage, score 1..10, …)",
                "it does not say what is counted or measured; add 'soort:' (aantal, percentage, score 1..10, …)");
        if (indicator.IndicatorKind is { IsScoreWithoutScale: true })
            return new("een score zonder schaal is niet te lezen; schrijf de schaal erbij, bijvoorbeeld 'soort: score 1..10'",
                "a score without a scale cannot be read; state the scale, for example 'soort: score 1..10'");
        if (indicator.IndicatorKind?.Type == IndicatorKindType.Duur && indicator.Unit is null)
            return new("een duur heeft een eenheid nodig; voeg 'eenheid:' toe (werkdagen, dagen, weken, maanden)",
                "a duration needs a unit; add 'eenheid:' (werkdagen, dagen, weken, maanden)");
        if (!indicator.NeedsTarget() || TijdgebondenRule.HasTargetProperty(indicator) && indicator.Targets.IsEmpty) return null;
        // A service norm or goal sentence that states its own value ("Wij beantwoorden uw brief binnen drie weken")
        // names what is to be reached, even without a separate streefwaarde.
        if (indicator.Targets.IsEmpty && StatesOwnValue(indicator)) return null;
        if (indicator.Targets.IsEmpty)
            return new("hij heeft geen streefwaarde; noem de waarde die bereikt moet worden, of maak er een 'kengetal' van als je hem alleen volgt",
                "it has no target; name the value to be reached, or make it a 'kengetal' if you only follow it");
        if (indicator.Targets.FirstOrDefault(t => !t.HasTargetValue) is { } vague && !indicator.Targets.Any(t => t.HasTargetValue))
            return new($"'{RuleSyntax.Written(indicator, vague)}' noemt geen waarde om te bereiken, alleen een richting of vergelijking; noem een getal, bijvoorbeeld 'minimaal … in <jaar>'",
                $"'{RuleSyntax.Written(indicator, vague)}' names no value to reach, only a direction or comparison; name a number, for example 'minimaal … in <year>'");
        return null;
    }

    /// <summary>
    /// A quantity is stated by the kind or unit, by a unit in a baseline or target ("90 %"), or by the wording itself
    /// ("Percentage …", "Aantal …", "Wachttijd …", "per 1.000 inwoners").
    /// </summary>
    private static bool HasQuantity(IndicatorSymbol indicator) =>
        indicator.IndicatorKind is not null || indicator.Unit is not null
        || indicator.Targets.Any(t => t.Value.Absolute is not null)
        || indicator.Baseline is { Value.Unit.Name.Length: > 0 }
        || IndicatorWording.Of(indicator.Title).HasQuantity || IndicatorWording.Of(indicator.Definition).HasQuantity;

    /// <summary>
    /// The indicator text states its own value to reach (a service norm). Only the title counts: numbers in a
    /// definition describe the measure. Two measures in one text need a value each, so a bundle states none.
    /// </summary>
    internal static bool StatesOwnValue(IndicatorSymbol indicator) =>
        IndicatorWording.Of(indicator.Title) is { Bundle: null, Statement.Value: true };
}
