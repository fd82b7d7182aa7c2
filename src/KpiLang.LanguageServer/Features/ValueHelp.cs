using System.Globalization;
using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// What each word of a choice means, for hover (<c>maandelijks</c>, <c>impact</c>) and completion. Every word of
/// <see cref="Vocabulary"/> has an entry; a test keeps it so. Frequencies are explained from the vocabulary's own
/// count per year.
/// </summary>
internal static class ValueHelp
{
    private static readonly Dictionary<string, LocalizedText> Words = new(StringComparer.Ordinal)
    {
        // laag
        ["impact"] = new("impact: de uitkomst voor de doelgroep, het effect dat het beleid wil bereiken.", "impact: the outcome for the target group, the effect the policy wants."),
        ["activiteit"] = new("activiteit: wat er gedaan en geleverd wordt (output), zoals het aantal overleggen.", "activity: what is done and delivered (output), such as the number of meetings."),
        ["kwaliteit"] = new("kwaliteit: hoe goed het werk gedaan wordt, zoals waardering of doorlooptijd.", "quality: how well the work is done, such as appreciation or lead time."),
        // soort (indicator)
        ["aantal"] = new("aantal: een telling (overleggen, cliënten, meldingen).", "count: a tally (meetings, clients, reports)."),
        ["percentage"] = new("percentage: een deel van een geheel, tussen 0 en 100.", "percentage: a share of a whole, between 0 and 100."),
        ["score"] = new("score: een cijfer op een schaal, bijvoorbeeld `score 1..10`.", "score: a mark on a scale, for example `score 1..10`."),
        ["bedrag"] = new("bedrag: een geldbedrag in euro.", "amount: a sum of money in euros."),
        ["duur"] = new("duur: een tijdsduur in dagen, weken, maanden of jaren.", "duration: a length of time in days, weeks, months or years."),
        ["ja/nee"] = new("ja/nee: gehaald of niet gehaald.", "yes/no: met or not met."),
        ["kwalitatief"] = new("kwalitatief: een beschrijving in woorden; zeg met 'methode:' hoe die wordt opgehaald.", "qualitative: a description in words; say with 'methode:' how it is collected."),
        // soort (actor)
        ["persoon"] = new("persoon: één met naam bekende persoon.", "person: one named person."),
        ["rol"] = new("rol: een functie die iemand vervult (wijkcoördinator, beleidsadviseur).", "role: a function someone fulfils (district coordinator, policy adviser)."),
        ["team"] = new("team: een groep die samen werkt.", "team: a group working together."),
        ["orgaan"] = new("orgaan: een bestuurlijk orgaan (college, raad, stuurgroep).", "body: a governing body (executive, council, steering group)."),
        ["organisatie"] = new("organisatie: een hele organisatie.", "organisation: a whole organisation."),
        ["aanbieder"] = new("aanbieder: een organisatie die zorg of diensten levert.", "provider: an organisation that delivers care or services."),
        ["partner"] = new("partner: een netwerkpartner buiten de eigen organisatie.", "partner: a network partner outside the organisation."),
        // methode
        ["registratie"] = new("registratie: uit een bestaand systeem of register.", "registration: from an existing system or register."),
        ["enquête"] = new("enquête: een vragenlijst onder de doelgroep of medewerkers.", "survey: a questionnaire among the target group or staff."),
        ["steekproef"] = new("steekproef: een deel van de gevallen bekeken.", "sample: a part of the cases examined."),
        ["interview"] = new("interview: gesprekken met betrokkenen.", "interview: conversations with those involved."),
        ["dossieronderzoek"] = new("dossieronderzoek: dossiers nagelezen.", "case-file review: files read back."),
        ["observatie"] = new("observatie: waarnemen in de praktijk.", "observation: watching the practice."),
        ["reflectie"] = new("reflectie: gezamenlijke terugblik van het team.", "reflection: the team looking back together."),
        ["open_data"] = new("open_data: openbare gegevens, bijvoorbeeld van het CBS.", "open_data: public data, for example from the CBS."),
        // niveau
        ["uitvoering"] = new("uitvoering (operationeel): het werk van alledag.", "operational: the daily work."),
        ["tactisch"] = new("tactisch: de middellange termijn, tussen beleid en uitvoering.", "tactical: the medium term, between policy and operations."),
        ["strategisch"] = new("strategisch: de lange termijn en de koers.", "strategic: the long term and the course."),
        // richting
        ["hoger"] = new("hoger: een hogere waarde is beter.", "higher: a higher value is better."),
        ["lager"] = new("lager: een lagere waarde is beter.", "lower: a lower value is better."),
        ["binnen"] = new("binnen: de waarde moet binnen een bandbreedte blijven.", "within: the value must stay within a band."),
    };

    /// <summary>The explanation of a value word, aliases included ("enquete", "operationeel"); null for other words.</summary>
    public static LocalizedText? Describe(string word)
    {
        if (Vocabulary.FrequencyWords.TryGetValue(word, out var perYear)) return Frequency(word, perYear);
        if (Words.TryGetValue(word, out var help)) return help;
        return Alias(word) is { } canonical && Words.TryGetValue(canonical, out var aliased) ? aliased : null;
    }

    private static LocalizedText Frequency(string word, decimal perYear) => word switch
    {
        "eenmalig" => new("eenmalig: één keer, niet herhaald.", "once: a single time, not repeated."),
        "doorlopend" => new("doorlopend: voortdurend bijgehouden (telt als dagelijks).", "continuous: kept up all the time (counts as daily)."),
        _ when perYear == 1m => new($"{word}: één keer per jaar.", $"{word}: once a year."),
        _ when perYear < 1m => new($"{word}: één keer per {Number(1 / perYear)} jaar.", $"{word}: once every {Number(1 / perYear)} years."),
        _ => new($"{word}: {Number(perYear)} keer per jaar.", $"{word}: {Number(perYear)} times a year."),
    };

    private static string Number(decimal value) => value.ToString("0", CultureInfo.InvariantCulture);

    /// <summary>The offered word that means the same as an accepted alias, found through the vocabulary.</summary>
    private static string? Alias(string word)
    {
        static string? In<T>(System.Collections.Frozen.FrozenDictionary<string, T> words, IReadOnlyList<string> canonical, string word) where T : notnull =>
            words.TryGetValue(word, out var value) ? canonical.FirstOrDefault(c => EqualityComparer<T>.Default.Equals(words[c], value)) : null;
        return In(Vocabulary.Layers, VocabularyWords.Layers, word) ?? In(Vocabulary.Methods, VocabularyWords.Methods, word)
            ?? In(Vocabulary.Levels, VocabularyWords.Levels, word) ?? In(Vocabulary.IndicatorKinds, VocabularyWords.IndicatorKinds, word)
            ?? In(Vocabulary.ActorKinds, VocabularyWords.ActorKinds, word) ?? In(Vocabulary.Directions, VocabularyWords.Directions, word);
    }
}
