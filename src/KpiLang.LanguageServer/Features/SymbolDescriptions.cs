using System.Globalization;
using System.Text;
using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.LanguageServer.Features;

/// <summary>The Markdown a hover shows for a declared thing; for an indicator also its SMART checklist.</summary>
internal static class SymbolDescriptions
{
    public static string Describe(Symbol symbol, Compilation compilation, Language language, Func<string, IEnumerable<Diagnostic>> findingsIn)
    {
        var b = new StringBuilder();
        b.Append("**").Append(symbol.Kind.Keyword()).Append(' ').Append(symbol.Name).Append("** — ").AppendLine(symbol.Title);
        b.AppendLine();
        void Line(LocalizedText label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value)) b.Append("- *").Append(label.Get(language)).Append("*: ").AppendLine(value);
        }
        Line(HoverText.Description, symbol.Description);
        switch (symbol)
        {
            case IndicatorSymbol indicator:
                DescribeIndicator(indicator, language, Line);
                b.AppendLine().AppendLine(SmartChecklist.Render(indicator, findingsIn(indicator.SyntaxTree.Path), language));
                break;
            case GoalSymbol goal:
                Line(HoverText.Owner, goal.Owner?.Title);
                Line(HoverText.Indicators, goal.AllIndicators.Count().ToString(CultureInfo.InvariantCulture));
                Line(HoverText.Efforts, string.Join(", ", goal.Efforts.Select(e => e.Name)));
                break;
            case EffortSymbol effort:
                Line(HoverText.Owner, effort.Owner?.Title);
                Line(HoverText.Goal, effort.Goal?.Name);
                Line(HoverText.Partners, string.Join(", ", effort.Partners.Select(p => p.Name)));
                break;
            case ActorSymbol actor:
                Line(HoverText.Level, actor.Level?.ToString().ToLowerInvariant());
                Line(HoverText.Influences, string.Join(", ", actor.Influences.Select(s => s.Name)));
                Line(HoverText.OwnerOf, string.Join(", ", compilation.Indicators.Where(i => i.Owner == actor).Select(i => i.Name)));
                break;
            case OrganisationSymbol organisation:
                Line(HoverText.Mission, organisation.Mission);
                Line(HoverText.Vision, organisation.Vision);
                break;
            case ScopeSymbol scope:
                Line(HoverText.Service, scope.Service);
                Line(HoverText.TargetGroup, scope.TargetGroup);
                Line(HoverText.Effect, scope.Effect);
                break;
        }
        return b.ToString().TrimEnd();
    }

    /// <summary>A bare value's comparison is read from 'richting:'; the hover says so, or that it is not said at all.</summary>
    private static LocalizedText Origin(Target target, IndicatorSymbol indicator) => target.Origin switch
    {
        ComparatorOrigin.FromDirection when indicator.Direction?.ToString().ToLowerInvariant() is var direction => HoverText.BecauseOfDirection(direction),
        ComparatorOrigin.Unstated => HoverText.AtLeastOrAtMost,
        _ => LocalizedText.Invariant(""),
    };

    private static void DescribeIndicator(IndicatorSymbol i, Language language, Action<LocalizedText, string?> line)
    {
        line(HoverText.Definition, i.Definition);
        line(HoverText.Layer, i.Layer?.ToString().ToLowerInvariant());
        line(HoverText.Kind, i.IndicatorKind?.ToString());
        line(HoverText.Owner, i.Owner is { } owner
            ? owner.Title + (owner.CanInfluence(i) ? "" : HoverText.CannotInfluence.Get(language))
            : i.OwnerName);
        line(HoverText.Involved, i.Involved.IsEmpty ? null : string.Join(", ", i.Involved.Select(a => a.Title ?? a.Name)));
        line(HoverText.Frequency, i.Frequency?.Text);
        line(HoverText.Baseline, i.Baseline is { } baseline ? NumberText.Localize(baseline.ToString(), language) : null);
        line(HoverText.Code, i.Code);
        line(HoverText.Providers, i.Providers.IsEmpty ? null : string.Join(", ", i.Providers.Select(a => a.Title ?? a.Name)));
        line(HoverText.Norm, i.Norm is null ? null : NumberText.Localize(i.Norm.ToString(), language));
        foreach (var target in i.Targets)
        {
            var when = target.TimeBound?.Deadline is { } deadline
                ? HoverText.ByDeadline(IsoDate(deadline)).Get(language) : "";
            var disclaimer = target.HasDisclaimer ? $" — _{target.Disclaimer}_" : "";
            line(HoverText.Target, $"{NumberText.Localize(target.ToString(), language)}{Origin(target, i).Get(language)}{when}{disclaimer}");
        }
        foreach (var forecast in i.Forecasts)
            line(HoverText.ForecastNotTarget, NumberText.Localize(forecast.Value.ToString(), language)
                + (forecast.Year is { } year ? $" ({year})" : forecast.Date is { } date ? $" ({date:yyyy-MM-dd})" : ""));
        foreach (var criterion in i.AcceptanceCriteria) line(HoverText.AcceptanceCriterion, criterion);
    }

    private static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
