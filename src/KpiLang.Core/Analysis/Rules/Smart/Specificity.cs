using KpiLang.Analysis.Wording;
using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>
/// Whether an indicator says what is counted or measured (the Divosa reading of S). A text that names a quantity —
/// in its title or its definition — is specific, even with a vague word in it ("Gemiddelde score op de
/// cliëntervaringsmonitor"); two measures in one are not. A text that names none is judged by its build: a sentence
/// with a verb describes a wish or a state of the world ("Alle inwoners doen mee"), a verb up front an activity
/// ("Versterken van de samenwerking", unless it delivers something concrete such as a regeling), a valuing adjective
/// or a comparison a state without a measure ("Houdbare basisondersteuning", "Samen sterker"), and the Divosa
/// container and vague words likewise. A plain noun phrase without any of these ("Winkeldiefstallen", "Netto
/// arbeidsparticipatie") names a countable thing or an established statistic and is specific.
/// </summary>
public static class Specificity
{
    /// <summary>What makes the indicator not specific, quoting its own words; null when it is specific.</summary>
    public static LocalizedText? Problem(IndicatorSymbol indicator)
    {
        var titleText = indicator.Title == indicator.Name ? null : indicator.Title;
        var title = IndicatorWording.Of(titleText);
        var definition = IndicatorWording.Of(indicator.Definition);
        if ((title.Bundle ?? definition.Bundle) is var (first, second))
            return SmartRuleText.AreTwoMeasuresOneIndicator(first, second);
        if (title.HasQuantity || definition.HasQuantity) return null;

        if (!title.Verbs.IsEmpty && !title.NamesDeliverable)
            return title.StartsWithActivity
                ? SmartRuleText.DescribesActivityNotOutcomeCan(title.Verbs[0])
                : SmartRuleText.MakesSentenceDescribesWishState(Quote(title.Verbs));
        if (!title.Comparatives.IsEmpty)
            return SmartRuleText.ComparesWithoutSayingWhatHow(title.Comparatives[0]);
        if (VagueWordingLexicon.Default.Find(titleText).FirstOrDefault() is { } term)
            return VagueWordingLexicon.Explain(term.Term, term.Kind);
        if (!title.Valuations.IsEmpty)
            return SmartRuleText.ValuesStateWithoutSayingWhat(title.Valuations[0]);
        return null;
    }

    private static string Quote(IEnumerable<string> words) => string.Join(", ", words.Distinct().Take(3));
}
