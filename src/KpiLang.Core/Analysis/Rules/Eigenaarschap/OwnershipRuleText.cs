using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Analysis.Rules.Eigenaarschap;

/// <summary>
/// The texts of the rules in this folder (Eigenaarschap): each rule's message and description by code ("KPI101.Message"),
/// and the sentences its findings are made of, in OwnershipRuleText.resx (Dutch) and OwnershipRuleText.en.resx (English).
/// </summary>
internal static class OwnershipRuleText
{
    internal static readonly TextTable Texts = new(typeof(OwnershipRuleText));

    internal static LocalizedText ActorDoesNotSayWhat(object ownerName) => Texts.Format(nameof(ActorDoesNotSayWhat), (nameof(ownerName), ownerName));
    internal static LocalizedText ActorWorksLevelGoal(object value, object value2) => Texts.Format(nameof(ActorWorksLevelGoal), (nameof(value), value), (nameof(value2), value2));
    internal static LocalizedText NvloedtNamesNeitherIndicatorNor(object ownerName) => Texts.Format(nameof(NvloedtNamesNeitherIndicatorNor), (nameof(ownerName), ownerName));
}
