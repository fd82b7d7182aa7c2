using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Syntax;
using KpiLang.Syntax.Generated;

namespace KpiLang.LanguageServer.Features;

/// <summary>What each keyword of the language means, for hover and completion, in the method's own words.</summary>
internal static class KeywordHelp
{
    public static LocalizedText? Describe(PropertyKey key) => Describe(key == PropertyKey.Beinvloedt
        ? KpiLexer.BEINVLOEDT
        : Enumerable.Range(1, KpiLexer.UNKNOWN_CHAR).FirstOrDefault(kind => TokenDescriptions.Literal(kind) == Placement.KeyText(key).Split(' ')[0]));

    public static LocalizedText? Describe(DeclarationKind kind) =>
        Describe(Enumerable.Range(1, KpiLexer.UNKNOWN_CHAR).FirstOrDefault(k => TokenDescriptions.Literal(k) == kind.Keyword()));

    public static LocalizedText? Describe(int kind) => kind switch
    {
        KpiLexer.IMPORTEER => new("neemt de declaraties van een ander .kpi-bestand over (bijvoorbeeld gedeelde actoren).", "takes the declarations of another .kpi file (shared actors, say)."),
        KpiLexer.ORGANISATIE => new("de organisatie, met haar missie en visie.", "the organisation, with its mission and vision."),
        KpiLexer.SCOPE => new("een dienst voor een doelgroep met een gewenst effect (SWN-model).", "a service for a target group with a desired effect (SWN model)."),
        KpiLexer.ACTOR => new("een persoon, rol, team of orgaan: wie eigenaar is, invoert, bespreekt en waarop die invloed heeft.", "a person, role, team or body: who owns, enters, discusses, and what they can influence."),
        KpiLexer.DOEL => new("een doel; doelen kunnen genest worden (strategisch doel → teamdoel).", "a goal; goals nest (strategic goal → team goal)."),
        KpiLexer.INSPANNING => new("een concrete activiteit onder een doel, met netwerkpartners (DIN-model).", "a concrete activity under a goal, with network partners (DIN model)."),
        KpiLexer.INDICATOR => new("een KPI: wat gemeten wordt, door wie, hoe vaak, met nulmeting en streefwaarden.", "a KPI: what is measured, by whom, how often, with baseline and targets."),
        KpiLexer.MISSIE => new("waarom de organisatie bestaat.", "why the organisation exists."),
        KpiLexer.VISIE => new("waar de organisatie naartoe wil.", "where the organisation wants to go."),
        KpiLexer.DIENST => new("de dienst van de scope.", "the service of the scope."),
        KpiLexer.DOELGROEP => new("voor wie de dienst is.", "who the service is for."),
        KpiLexer.EFFECT => new("het gewenste effect voor de doelgroep.", "the desired effect for the target group."),
        KpiLexer.DEFINITIE => new("precies wat er geteld of gemeten wordt (de S van SMART).", "exactly what is counted or measured (the S of SMART)."),
        KpiLexer.BRON => new("waar de gegevens vandaan komen.", "where the data come from."),
        KpiLexer.METHODE => new("hoe er gemeten wordt: registratie, enquête, steekproef…", "how it is measured: registration, survey, sample…"),
        KpiLexer.LAAG => new("impact (uitkomst), activiteit (output) of kwaliteit.", "impact (outcome), activity (output) or quality."),
        KpiLexer.SOORT => new("aantal, percentage, score, bedrag, duur, ja/nee of kwalitatief.", "count, percentage, score, amount, duration, yes/no or qualitative."),
        KpiLexer.EENHEID => new("de eenheid van de waarden.", "the unit of the values."),
        KpiLexer.EIGENAAR => new("de actor die verantwoordelijk is en er echt invloed op heeft.", "the actor who is responsible and can really influence it."),
        KpiLexer.BEINVLOEDT => new("de doelen, inspanningen of indicatoren waarop deze actor echt invloed heeft.", "the goals, efforts or indicators this actor can really influence."),
        KpiLexer.FREQUENTIE => new("hoe vaak er gemeten wordt.", "how often it is measured."),
        KpiLexer.INVOER => new("wie de waarden invoert, en hoe vaak.", "who enters the values, and how often."),
        KpiLexer.INZAGE => new("wie de waarden bekijkt, en hoe vaak.", "who views the values, and how often."),
        KpiLexer.BESPREKING => new("wie de indicator bespreekt en er acties aan koppelt, en hoe vaak.", "who discusses the indicator and acts on it, and how often."),
        KpiLexer.RAPPORTAGE => new("wie erover rapporteert, en hoe vaak.", "who reports on it, and how often."),
        KpiLexer.NULMETING => new("de beginsituatie: waarde en datum van de eerste meting.", "the baseline: value and date of the first measurement."),
        KpiLexer.STREEFWAARDE => new("de waarde die men wil bereiken, met termijn en disclaimer.", "the value to reach, with deadline and disclaimer."),
        KpiLexer.DISCLAIMER => new("waarom de streefwaarde geen afrekennorm is (bijv. afhankelijk van maatschappelijke ontwikkelingen).", "why the target is not a norm to settle accounts (it depends on society, say)."),
        KpiLexer.ACCEPTATIECRITERIA => new("een bewust niet-SMART alternatief voor streefwaarden (opgavegericht werken).", "a deliberately non-SMART alternative to targets (mission-driven work)."),
        KpiLexer.HERIJKING => new("hoe vaak de KPI's herijkt worden, door wie, en wanneer weer.", "how often the KPIs are recalibrated, by whom, and when next."),
        KpiLexer.VERVANGT => new("deze indicator vervangt een eerdere, met de reden; de historie blijft bewaard.", "this indicator replaces an earlier one, with the reason; history is kept."),
        KpiLexer.VERHAAL => new("een user story: \"Als … wil ik inzicht in … zodat …\".", "a user story: \"As … I want insight into … so that …\"."),
        KpiLexer.BEKOSTIGING => new("een geldstroom die aan de indicator hangt (let op Goodhart: perverse prikkels).", "a funding tie (beware Goodhart: perverse incentives)."),
        KpiLexer.GEKOPPELD => new("verbindt een impactindicator met activiteit- of kwaliteitsindicatoren.", "links an impact indicator to activity or quality indicators."),
        KpiLexer.UITSPLITSING => new("per wat de waarden worden uitgesplitst (wijk, aanbieder, team…).", "what the values are broken down by (district, provider, team…)."),
        KpiLexer.PARTNERS => new("de netwerkpartners van een inspanning (DIN-model).", "the network partners of an effort (DIN model)."),
        KpiLexer.NIVEAU => new("uitvoering, tactisch of strategisch.", "operational, tactical or strategic."),
        KpiLexer.RICHTING => new("of hoger of lager beter is.", "whether higher or lower is better."),
        KpiLexer.AFGESPROKEN => new("met wie de streefwaarde is afgesproken.", "who the target was agreed with."),
        KpiLexer.KENGETAL => new("een kengetal (signaalindicator): bewust gevolgd zonder streefwaarde, voor context en signalen.", "a monitoring figure: followed on purpose without a target, for context and signals."),
        KpiLexer.BETROKKEN => new("de actoren die verder meedoen, naast de ene eigenaar.", "the actors who take part besides the one owner."),
        KpiLexer.CODE => new("de code van een standaardindicator (BBV, CBS, Waarstaatjegemeente).", "the code of a standard indicator (BBV, CBS, Waarstaatjegemeente)."),
        KpiLexer.RAMING => new("een raming of begrote waarde (een begrotingskolom); geen streefwaarde.", "a forecast or budgeted value (a budget column); not a target."),
        KpiLexer.AANBIEDERS => new("de aanbieders (actoren met 'soort: aanbieder') die de metingen van deze indicator leveren; elke meting hoort bij één van hen.", "the providers (actors with 'soort: aanbieder') that deliver this indicator's measurements; each measurement belongs to one of them."),
        KpiLexer.NORM => new("de servicenorm per zaak, zoals 'binnen 8 weken': de indicator is dan het deel van de zaken dat hem haalt.", "the service norm per case, such as 'binnen 8 weken': the indicator is then the share of cases that meets it."),
        KpiLexer.GEMIDDELD => new("de streefwaarde geldt voor het gemiddelde over de zaken, niet voor elke zaak.", "the target holds for the average over cases, not for each case."),
        KpiLexer.STEEDS => new("de streefwaarde geldt voor elke zaak afzonderlijk.", "the target holds for every single case."),
        KpiLexer.TOENAME => new("alleen een richting: hoger dan de vorige periode, zonder getal (niet meetbaar).", "only a direction: higher than the previous period, with no number (not measurable)."),
        KpiLexer.AFNAME => new("alleen een richting: lager dan de vorige periode, zonder getal (niet meetbaar).", "only a direction: lower than the previous period, with no number (not measurable)."),
        KpiLexer.STABIEL => new("alleen een richting: gelijk aan de vorige periode, zonder getal (niet meetbaar).", "only a direction: equal to the previous period, with no number (not measurable)."),
        KpiLexer.BETER => new("alleen een richting: beter dan een referentie, in de richting van 'richting:' (niet meetbaar zonder getal).", "only a direction: better than a reference, the way 'richting:' says (not measurable without a number)."),
        KpiLexer.VOOR => new("de streefwaarde geldt voor één groep van de uitsplitsing.", "the target holds for one group of the breakdown."),
        KpiLexer.EIND => new("uiterlijk op 31 december van het jaar.", "by 31 December of the year."),
        KpiLexer.MEDIO => new("uiterlijk op 30 juni van het jaar.", "by 30 June of the year."),
        KpiLexer.SCHOOLJAAR => new("van 1 augustus tot en met 31 juli.", "from 1 August to 31 July."),
        _ => null,
    };
}
