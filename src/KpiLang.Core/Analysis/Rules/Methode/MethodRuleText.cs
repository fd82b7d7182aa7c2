using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// The texts of the rules in this folder (Methode): each rule's message and description by code ("KPI101.Message"),
/// and the sentences its findings are made of, in MethodRuleText.resx (Dutch) and MethodRuleText.en.resx (English).
/// </summary>
internal static class MethodRuleText
{
    internal static readonly TextTable Texts = new(typeof(MethodRuleText));

    internal static LocalizedText FromHowManyIndicatorsRule => Texts.Text(nameof(FromHowManyIndicatorsRule));
    internal static LocalizedText Specification => Texts.Text(nameof(Specification));

    internal static LocalizedText LinkCounterIndicatorGekoppeldAan => Texts.Text(nameof(LinkCounterIndicatorGekoppeldAan));
    internal static LocalizedText LinkCounterIndicatorGekoppeldAan2 => Texts.Text(nameof(LinkCounterIndicatorGekoppeldAan2));
    internal static LocalizedText PutDisclaimerTarget => Texts.Text(nameof(PutDisclaimerTarget));

    internal static LocalizedText IndicatorNeverReviewed(object indicatorName) => Texts.Format(nameof(IndicatorNeverReviewed), (nameof(indicatorName), indicatorName));
    internal static LocalizedText SpecificationReviewsNoneIndicators => Texts.Text(nameof(SpecificationReviewsNoneIndicators));

    internal static LocalizedText EffortHasIndicatorsButNo(object effortName) => Texts.Format(nameof(EffortHasIndicatorsButNo), (nameof(effortName), effortName));
    internal static LocalizedText SpecificationHasNoUserStory(object firstName) => Texts.Format(nameof(SpecificationHasNoUserStory), (nameof(firstName), firstName));
}
