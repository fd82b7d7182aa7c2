using System.Text.RegularExpressions;

namespace KpiLang.Analysis.Wording;

/// <summary>
/// Reads the build of an indicator text into an <see cref="IndicatorWording"/>. Quantities are looked for in the whole text
/// (a rate in brackets counts); verbs, valuations and comparisons only in the main clauses of the text without its
/// quotations and brackets, because "Percentage inwoners dat zich veilig voelt" has its verb and its valuation in a
/// relative clause that belongs to the measure.
/// </summary>
internal static partial class WordingReader
{
    public static IndicatorWording Read(string text, DutchWordingLexicon lexicon)
    {
        var all = WordTokenizer.Split(text);
        var own = WordTokenizer.Split(Citation().Replace(text, " "));
        var heads = Quantities.Heads(all, lexicon);
        var clauses = Clauses.MainClauses(own, lexicon);
        var (valuations, comparatives) = Valuations.Of(clauses, lexicon);
        var verbs = Clauses.Verbs(clauses, lexicon);
        var numberWithUnit = Quantities.HasNumberWithUnit(all, lexicon);
        return IndicatorWording.Create(
            [.. heads.Select(h => h.Written).Concat(Quantities.MeasurePhrases(all, lexicon)).Distinct()],
            numberWithUnit,
            verbs,
            Clauses.StartsWithActivity(own, lexicon),
            valuations, comparatives,
            Bundles.ByQuantityWords(own, Quantities.Heads(own, lexicon)) ?? Bundles.ByClauses(own, lexicon),
            own.Any(t => t.IsWord && lexicon.DeliverableStems.Contains(DutchStem.Of(t.Lower)))
                || clauses.Any(c => Clauses.IsRealisedMilestone(c, lexicon)),
            TargetStatements.Of(all, verbs, numberWithUnit, lexicon));
    }

    /// <summary>Quoted and bracketed parts: cited answer categories and examples, not the indicator's own wording.</summary>
    [GeneratedRegex(@"\([^()]*\)|(?<!\w)['‘“""][^'’”""]{1,60}['’”""](?!\w)")]
    private static partial Regex Citation();
}
