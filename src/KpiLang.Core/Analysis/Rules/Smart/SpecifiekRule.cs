using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>
/// S of SMART: an indicator whose title or definition uses vague or container wording (Divosa, seed 001), or says
/// "meer"/"minder" with no baseline to compare to. A definition free of such words makes a loose title concrete.
/// </summary>
public sealed class SpecifiekRule() : Rule("KPI101", "niet-specifiek", DiagnosticCategory.Smart, DiagnosticSeverity.Warning,
    new("indicator '{0}' is niet specifiek: '{1}' is {2}", "indicator '{0}' is not specific: '{1}' is {2}"),
    new("Een specifieke indicator zegt precies wat er geteld of gemeten wordt, bij welke doelgroep. Vage werkwoorden (verbeteren, versterken) en containerbegrippen (zelfredzaamheid, normaliseren) laten open wat er bedoeld wordt.",
        "A specific indicator says exactly what is counted or measured, for which target group. Vague verbs (verbeteren, versterken) and container words (zelfredzaamheid, normaliseren) leave open what is meant."))
{
    public override void Analyze(RuleContext context)
    {
        var lexicon = VagueWordingLexicon.Default;
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent() || indicator.IsDeliberatelyNotSmart()) continue;
            if (FindProblem(indicator, lexicon) is { } term)
                context.Report(this, indicator.Location, indicator.Name, term.Term, VagueWordingLexicon.Explain(term.Kind));
        }
    }

    /// <summary>The first vague term that makes the indicator not specific, or null. Public for the labelled test set.</summary>
    public static VagueTerm? FindProblem(IndicatorSymbol indicator, VagueWordingLexicon lexicon)
    {
        var hasBaseline = indicator.Baseline is not null || indicator.BaselinePlannedOn is not null;
        // Only a container word needs the instrument check, so it is made at most once and only when one is found.
        bool? measuredWithInstrument = null;
        bool MeasuredWithInstrument() => measuredWithInstrument ??= lexicon.NamesInstrument(indicator.Title)
            || lexicon.NamesInstrument(indicator.Definition) || lexicon.NamesInstrument(indicator.Source);
        bool Counts(VagueTerm t) => t.Kind switch
        {
            VagueKind.Comparative => !hasBaseline,
            VagueKind.Container => !MeasuredWithInstrument(),
            _ => true,
        };

        var inDefinition = lexicon.Find(indicator.Definition).Where(Counts).ToList();
        if (inDefinition.Count > 0) return inDefinition[0];
        var title = indicator.Title == indicator.Name ? null : indicator.Title;
        var inTitle = lexicon.Find(title).Where(Counts).ToList();
        // A definition without vague words says what the title means; only comparisons still need a baseline.
        if (indicator.Definition is not null) inTitle.RemoveAll(t => t.Kind != VagueKind.Comparative);
        return inTitle.Count > 0 ? inTitle[0] : null;
    }
}
