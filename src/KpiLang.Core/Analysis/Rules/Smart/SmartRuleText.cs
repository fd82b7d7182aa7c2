using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Analysis.Rules.Smart;

/// <summary>
/// The texts of the rules in this folder (Smart): each rule's message and description by code ("KPI101.Message"),
/// and the sentences its findings are made of, in SmartRuleText.resx (Dutch) and SmartRuleText.en.resx (English).
/// </summary>
internal static class SmartRuleText
{
    internal static readonly TextTable Texts = new(typeof(SmartRuleText));

    internal static LocalizedText DoesNotSayWhatCounted => Texts.Text(nameof(DoesNotSayWhatCounted));
    internal static LocalizedText DurationNeedsUnitAddEenheid => Texts.Text(nameof(DurationNeedsUnitAddEenheid));
    internal static LocalizedText HasNoTargetNameValue => Texts.Text(nameof(HasNoTargetNameValue));
    internal static LocalizedText NamesNoValueReachOnly(object value) => Texts.Format(nameof(NamesNoValueReachOnly), (nameof(value), value));
    internal static LocalizedText QualitativeIndicatorNeedsMethodAdd => Texts.Text(nameof(QualitativeIndicatorNeedsMethodAdd));
    internal static LocalizedText ScoreWithoutScaleCannotRead => Texts.Text(nameof(ScoreWithoutScaleCannotRead));

    internal static LocalizedText BaselineAlreadyMeetsChooseTarget(object baselineValue, object keep) => Texts.Format(nameof(BaselineAlreadyMeetsChooseTarget), (nameof(baselineValue), baselineValue), (nameof(keep), keep));
    internal static LocalizedText ComesOutside(object value) => Texts.Format(nameof(ComesOutside), (nameof(value), value));
    internal static LocalizedText ContradictsSamePeriod(object contradicted) => Texts.Format(nameof(ContradictsSamePeriod), (nameof(contradicted), contradicted));
    internal static LocalizedText HowManyTimesAboveBelow => Texts.Text(nameof(HowManyTimesAboveBelow));
    internal static LocalizedText RichtingPointsOtherWayChange(object indicatorDirection) => Texts.Format(nameof(RichtingPointsOtherWayChange), (nameof(indicatorDirection), indicatorDirection));
    internal static LocalizedText TimesBaselineMoreThanTimes(object value, object baselineValue, object value2) => Texts.Format(nameof(TimesBaselineMoreThanTimes), (nameof(value), value), (nameof(baselineValue), baselineValue), (nameof(value2), value2));

    internal static LocalizedText AreTwoMeasuresOneIndicator(object first, object second) => Texts.Format(nameof(AreTwoMeasuresOneIndicator), (nameof(first), first), (nameof(second), second));
    internal static LocalizedText ComparesWithoutSayingWhatHow(object value) => Texts.Format(nameof(ComparesWithoutSayingWhatHow), (nameof(value), value));
    internal static LocalizedText DescribesActivityNotOutcomeCan(object value) => Texts.Format(nameof(DescribesActivityNotOutcomeCan), (nameof(value), value));
    internal static LocalizedText MakesSentenceDescribesWishState(object value) => Texts.Format(nameof(MakesSentenceDescribesWishState), (nameof(value), value));
    internal static LocalizedText ValuesStateWithoutSayingWhat(object value) => Texts.Format(nameof(ValuesStateWithoutSayingWhat), (nameof(value), value));

    internal static LocalizedText HasNoTargetSoNo => Texts.Text(nameof(HasNoTargetSoNo));
    internal static LocalizedText TargetHasNoTimeFrame(object value) => Texts.Format(nameof(TargetHasNoTimeFrame), (nameof(value), value));

    internal static LocalizedText TermIsComparisonWithoutBaseline(object term) => Texts.Format(nameof(TermIsComparisonWithoutBaseline), (nameof(term), term));
    internal static LocalizedText TermIsContainerWord(object term) => Texts.Format(nameof(TermIsContainerWord), (nameof(term), term));
    internal static LocalizedText TermIsVague(object term) => Texts.Format(nameof(TermIsVague), (nameof(term), term));
}
