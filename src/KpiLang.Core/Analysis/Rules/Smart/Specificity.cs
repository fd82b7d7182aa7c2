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
            return new($"'{first}' en '{second}' zijn twee maten in één indicator; maak er twee indicatoren van, elk met een eigen streefwaarde",
                $"'{first}' and '{second}' are two measures in one indicator; make two indicators of them, each with its own target");
        if (title.HasQuantity || definition.HasQuantity) return null;

        if (!title.Verbs.IsEmpty && !title.NamesDeliverable)
            return title.StartsWithActivity
                ? new($"'{title.Verbs[0]}' beschrijft een activiteit, geen uitkomst die te tellen is; zeg wat er geteld of gemeten wordt, bijvoorbeeld 'Aantal …' of 'Percentage …'",
                    $"'{title.Verbs[0]}' describes an activity, not an outcome that can be counted; say what is counted or measured, for example 'Aantal …' or 'Percentage …'")
                : new($"'{Quote(title.Verbs)}' maakt er een zin van die een wens of toestand beschrijft; zeg wat er geteld of gemeten wordt, bijvoorbeeld 'Percentage inwoners dat …'",
                    $"'{Quote(title.Verbs)}' makes it a sentence that describes a wish or a state; say what is counted or measured, for example 'Percentage inwoners dat …'");
        if (!title.Comparatives.IsEmpty)
            return new($"'{title.Comparatives[0]}' vergelijkt zonder te zeggen wat of hoeveel; noem de maat (bijvoorbeeld 'Percentage …') en zet de verandering in de streefwaarde",
                $"'{title.Comparatives[0]}' compares without saying what or how much; name the measure (for example 'Percentage …') and put the change in the target");
        if (VagueWordingLexicon.Default.Find(titleText).FirstOrDefault() is { } term)
            return new($"'{term.Term}' is {VagueWordingLexicon.Explain(term.Kind).Nl}", $"'{term.Term}' is {VagueWordingLexicon.Explain(term.Kind).En}");
        if (!title.Valuations.IsEmpty)
            return new($"'{title.Valuations[0]}' waardeert een toestand zonder te zeggen wat er geteld wordt; zeg wat er geteld of gemeten wordt en bij wie",
                $"'{title.Valuations[0]}' values a state without saying what is counted; say what is counted or measured, and for whom");
        return null;
    }

    private static string Quote(IEnumerable<string> words) => string.Join(", ", words.Distinct().Take(3));
}
