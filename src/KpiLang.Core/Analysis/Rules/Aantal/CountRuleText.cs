using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Analysis.Rules.Aantal;

/// <summary>
/// The texts of the rules in this folder (Aantal): each rule's message and description by code ("KPI101.Message"),
/// and the sentences its findings are made of, in CountRuleText.resx (Dutch) and CountRuleText.en.resx (English).
/// </summary>
internal static class CountRuleText
{
    internal static readonly TextTable Texts = new(typeof(CountRuleText));

    internal static LocalizedText LargestNumberIndicatorsPerGoal => Texts.Text(nameof(LargestNumberIndicatorsPerGoal));

    internal static LocalizedText LargestNumberIndicatorsPerScope => Texts.Text(nameof(LargestNumberIndicatorsPerScope));
    internal static LocalizedText Specification => Texts.Text(nameof(Specification));
}
