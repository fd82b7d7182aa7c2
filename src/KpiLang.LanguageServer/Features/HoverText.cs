using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.LanguageServer.Features;

/// <summary>The labels and remarks of a symbol's hover (HoverText.resx and HoverText.en.resx).</summary>
internal static class HoverText
{
    private static readonly TextTable Texts = new(typeof(HoverText));

    internal static LocalizedText AcceptanceCriterion => Texts.Text(nameof(AcceptanceCriterion));
    internal static LocalizedText AtLeastOrAtMost => Texts.Text(nameof(AtLeastOrAtMost));
    internal static LocalizedText Baseline => Texts.Text(nameof(Baseline));
    internal static LocalizedText BecauseOfDirection(string? direction) => Texts.Format(nameof(BecauseOfDirection), (nameof(direction), direction));
    internal static LocalizedText ByDeadline(string date) => Texts.Format(nameof(ByDeadline), (nameof(date), date));
    internal static LocalizedText CannotInfluence => Texts.Text(nameof(CannotInfluence));
    internal static LocalizedText Code => Texts.Text(nameof(Code));
    internal static LocalizedText Definition => Texts.Text(nameof(Definition));
    internal static LocalizedText Description => Texts.Text(nameof(Description));
    internal static LocalizedText Effect => Texts.Text(nameof(Effect));
    internal static LocalizedText Efforts => Texts.Text(nameof(Efforts));
    internal static LocalizedText ForecastNotTarget => Texts.Text(nameof(ForecastNotTarget));
    internal static LocalizedText Frequency => Texts.Text(nameof(Frequency));
    internal static LocalizedText Goal => Texts.Text(nameof(Goal));
    internal static LocalizedText Indicators => Texts.Text(nameof(Indicators));
    internal static LocalizedText Influences => Texts.Text(nameof(Influences));
    internal static LocalizedText Involved => Texts.Text(nameof(Involved));
    internal static LocalizedText Kind => Texts.Text(nameof(Kind));
    internal static LocalizedText Layer => Texts.Text(nameof(Layer));
    internal static LocalizedText Level => Texts.Text(nameof(Level));
    internal static LocalizedText Mission => Texts.Text(nameof(Mission));
    internal static LocalizedText Norm => Texts.Text(nameof(Norm));
    internal static LocalizedText Owner => Texts.Text(nameof(Owner));
    internal static LocalizedText OwnerOf => Texts.Text(nameof(OwnerOf));
    internal static LocalizedText Partners => Texts.Text(nameof(Partners));
    internal static LocalizedText Providers => Texts.Text(nameof(Providers));
    internal static LocalizedText Service => Texts.Text(nameof(Service));
    internal static LocalizedText Target => Texts.Text(nameof(Target));
    internal static LocalizedText TargetGroup => Texts.Text(nameof(TargetGroup));
    internal static LocalizedText Vision => Texts.Text(nameof(Vision));

    internal static LocalizedText ContinuousKeptUpAllTime => Texts.Text(nameof(ContinuousKeptUpAllTime));
    internal static LocalizedText OnceEveryYears(object word, object years) => Texts.Format(nameof(OnceEveryYears), (nameof(word), word), (nameof(years), years));
    internal static LocalizedText OnceSingleTimeNotRepeated => Texts.Text(nameof(OnceSingleTimeNotRepeated));
    internal static LocalizedText OnceYear(object word) => Texts.Format(nameof(OnceYear), (nameof(word), word));
    internal static LocalizedText TimesYear(object word, object times) => Texts.Format(nameof(TimesYear), (nameof(word), word), (nameof(times), times));
}
