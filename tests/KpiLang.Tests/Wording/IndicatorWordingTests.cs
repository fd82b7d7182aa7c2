using KpiLang.Analysis.Wording;

namespace KpiLang.Tests.Wording;

/// <summary>The build of an indicator text, read the way an advisor reads it. Examples are of kinds, written for the test.</summary>
public class IndicatorWordingTests
{
    [Theory]
    [InlineData("Percentage inwoners dat zich eenzaam voelt")]
    [InlineData("% jongeren met een startkwalificatie")]
    [InlineData("Aantal huishoudens met problematische schulden")]
    [InlineData("Slagingspercentage schuldhulptrajecten")]
    [InlineData("Gemiddelde wachttijd voor een keukentafelgesprek")]
    [InlineData("Klanttevredenheid over het Wmo-loket")]
    [InlineData("Cliënten met een maatwerkarrangement (per 1.000 inwoners)")]
    [InlineData("Mate waarin ouders zich gesteund voelen")]
    [InlineData("Wij beantwoorden uw brief binnen 10 werkdagen.")]
    [InlineData("In 2027 krijgt 80% van de aanvragers binnen acht weken een besluit")]
    [InlineData("We organiseren 6 voorlichtingsbijeenkomsten")]
    [InlineData("Minimale afname van 150 huishoudens met schulden in 3 jaar")]
    public void A_measure_names_a_quantity(string text) => Assert.True(IndicatorWording.Of(text).HasQuantity, text);

    [Theory]
    [InlineData("Inwoners voelen zich thuis in hun buurt")]
    [InlineData("Alle kinderen doen mee")]
    [InlineData("Ouderen blijven langer thuis wonen")]
    [InlineData("Jongeren zijn en blijven gezond")]
    [InlineData("Vroegsignalering verbeteren")]
    [InlineData("Meer jongeren aan het werk")]
    [InlineData("Bereikbaarheid van de wijkteams")]
    [InlineData("Jongeren tot 18 jaar voelen zich veilig")]
    public void A_wish_or_state_names_no_quantity(string text) => Assert.False(IndicatorWording.Of(text).HasQuantity, text);

    [Theory]
    [InlineData("Alle kinderen doen mee", "doen … mee")]
    [InlineData("Inwoners voelen zich thuis in hun buurt", "voelen")]
    [InlineData("Mantelzorgers kunnen hun taak aan", "kunnen")]
    [InlineData("De ondersteuning wordt toegankelijker gemaakt", "wordt")]
    public void A_sentence_has_a_verb_in_its_main_clause(string text, string verb) =>
        Assert.Contains(verb, IndicatorWording.Of(text).Verbs);

    [Theory]
    [InlineData("Percentage inwoners dat zich veilig voelt")]
    [InlineData("Uitstroom naar werk")]
    [InlineData("Zorg en ondersteuning thuis")]
    [InlineData("Gebruik van de voedselbank")]
    [InlineData("Gesprekken met cliënten, om te horen wat beter kan")]
    [InlineData("Ervaren eenzaamheid onder ouderen")]
    [InlineData("Alle gesubsidieerde voorzieningen zijn doorgelicht")]
    public void A_relative_clause_or_a_noun_is_no_verb(string text) => Assert.Empty(IndicatorWording.Of(text).Verbs);

    [Theory]
    [InlineData("Versterken van de buurtnetwerken", true)]
    [InlineData("Het afstemmen van de hulp op de vraag", true)]
    [InlineData("Ervoor te zorgen dat niemand tussen wal en schip valt", true)]
    [InlineData("Onze dienstverlening toegankelijker maken", true)]
    [InlineData("Ervaren eenzaamheid onder ouderen", false)]
    [InlineData("Inwoners doen mee", false)]
    public void An_activity_starts_with_a_verb(string text, bool activity) =>
        Assert.Equal(activity, IndicatorWording.Of(text).StartsWithActivity);

    [Theory]
    [InlineData("Toegankelijkere dienstverlening", "Toegankelijkere")]
    [InlineData("Samen sterker in de buurt", "sterker")]
    [InlineData("Inwoners zijn redzamer", "redzamer")]
    [InlineData("Meer sociale samenhang", "Meer")]
    [InlineData("Eerder hulp bij geldzorgen", "Eerder")]
    public void Comparatives_are_found_in_their_inflected_form(string text, string comparative) =>
        Assert.Contains(comparative, IndicatorWording.Of(text).Comparatives);

    [Theory]
    [InlineData("Houdbare basisvoorzieningen", "Houdbare")]
    [InlineData("Veilige en schone wijken", "Veilige")]
    public void Valuing_adjectives_are_found(string text, string valuation) =>
        Assert.Contains(valuation, IndicatorWording.Of(text).Valuations);

    [Theory]
    [InlineData("Aantal en duur van de trajecten", "Aantal", "duur")]
    [InlineData("Percentage rokers onder jongeren. Het aantal jongeren dat drinkt", "Percentage", "aantal")]
    public void Two_measures_in_one_text_are_a_bundle(string text, string first, string second) =>
        Assert.Equal((first, second), IndicatorWording.Of(text).Bundle);

    [Theory]
    [InlineData("Gemiddelde score op de klantmonitor, schaal 1-5")]
    [InlineData("Aantal meldingen en aanvragen bij het loket")]
    [InlineData("% jongeren dat gemiddeld 1 uur per dag sport")]
    // One duration with a second threshold, and one per kind of question: thresholds of one measure, not two measures.
    [InlineData("Wij bellen u binnen 1 dag terug. Lukt dat niet, dan bellen wij u uiterlijk binnen 5 werkdagen terug.")]
    [InlineData("Eenvoudige vragen beantwoorden wij binnen 2 weken, ingewikkelde vragen beantwoorden wij binnen 6 weken.")]
    public void One_measure_is_no_bundle(string text) => Assert.Null(IndicatorWording.Of(text).Bundle);

    [Theory]
    [InlineData("Voor wie zich niet redt, is er hulp", "is")]
    [InlineData("Als u belt, nemen wij snel op", "nemen … op")]
    public void The_main_clause_goes_on_after_a_subordinate_clause(string text, string verb) =>
        Assert.Contains(verb, IndicatorWording.Of(text).Verbs);

    [Theory]
    [InlineData("Wij beantwoorden uw brief binnen drie weken", true, false)]
    [InlineData("De website is 24 uur per dag bereikbaar", true, false)]
    [InlineData("Het strafbaar gedrag van jongeren vermindert in 2025", false, true)]
    [InlineData("% aanvragen dat binnen 30 dagen wordt afgehandeld", false, false)]
    public void A_sentence_can_state_its_own_target(string text, bool value, bool yearAndDirection)
    {
        var statement = IndicatorWording.Of(text).Statement;
        Assert.Equal(value, statement.Value);
        Assert.Equal(yearAndDirection, statement.Year && statement.Direction);
    }

    [Fact]
    public void Two_clauses_each_with_a_verb_and_a_quantity_are_two_measures() =>
        Assert.NotNull(IndicatorWording.Of("Niet meer dan 6 % wordt slachtoffer en het aantal misdrijven blijft gelijk").Bundle);

    [Theory]
    [InlineData("Het nieuwe meldpunt is uiterlijk eind 2026 geopend", true)]
    [InlineData("Het armoedebeleid wordt in 2025 vastgesteld", true)]
    [InlineData("De samenwerking met de huisartsen is versterkt", false)]
    [InlineData("De regionale organisatie is gerealiseerd en werkt goed", false)]
    public void A_participle_that_says_something_was_brought_about_is_a_milestone(string text, bool milestone) =>
        Assert.Equal(milestone, IndicatorWording.Of(text).NamesDeliverable);

    [Fact]
    public void Two_clauses_that_measure_different_things_stay_two_measures_also_without_quantity_words() =>
        Assert.NotNull(IndicatorWording.Of("Wij beantwoorden uw brief binnen 6 weken. Daarna krijgt 90 % een afspraak.").Bundle);

    [Fact]
    public void Two_clauses_with_the_same_quantity_word_about_different_groups_stay_two_measures() =>
        Assert.NotNull(IndicatorWording.Of("Het percentage jongeren blijft gelijk en het percentage ouderen wordt kleiner").Bundle);

    [Fact]
    public void A_concrete_deliverable_is_recognised_in_any_inflection() =>
        Assert.True(IndicatorWording.Of("Het opstellen van regelingen voor medezeggenschap").NamesDeliverable);
}
