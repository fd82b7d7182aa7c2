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
        Line(new("omschrijving", "description"), symbol.Description);
        switch (symbol)
        {
            case IndicatorSymbol indicator:
                DescribeIndicator(indicator, language, Line);
                b.AppendLine().AppendLine(SmartChecklist.Render(indicator, findingsIn(indicator.SyntaxTree.Path), language));
                break;
            case GoalSymbol goal:
                Line(new("eigenaar", "owner"), goal.Owner?.Title);
                Line(new("indicatoren", "indicators"), goal.AllIndicators.Count().ToString(CultureInfo.InvariantCulture));
                Line(new("inspanningen", "efforts"), string.Join(", ", goal.Efforts.Select(e => e.Name)));
                break;
            case EffortSymbol effort:
                Line(new("eigenaar", "owner"), effort.Owner?.Title);
                Line(new("doel", "goal"), effort.Goal?.Name);
                Line(new("partners", "partners"), string.Join(", ", effort.Partners.Select(p => p.Name)));
                break;
            case ActorSymbol actor:
                Line(new("niveau", "level"), actor.Level?.ToString().ToLowerInvariant());
                Line(new("beïnvloedt", "influences"), string.Join(", ", actor.Influences.Select(s => s.Name)));
                Line(new("eigenaar van", "owner of"), string.Join(", ", compilation.Indicators.Where(i => i.Owner == actor).Select(i => i.Name)));
                break;
            case OrganisationSymbol organisation:
                Line(new("missie", "mission"), organisation.Mission);
                Line(new("visie", "vision"), organisation.Vision);
                break;
            case ScopeSymbol scope:
                Line(new("dienst", "service"), scope.Service);
                Line(new("doelgroep", "target group"), scope.TargetGroup);
                Line(new("effect", "effect"), scope.Effect);
                break;
        }
        return b.ToString().TrimEnd();
    }

    /// <summary>A bare value's comparison is read from 'richting:'; the hover says so, or that it is not said at all.</summary>
    private static LocalizedText Origin(Target target, IndicatorSymbol indicator) => target.Origin switch
    {
        ComparatorOrigin.FromDirection => new($" (want richting: {indicator.Direction?.ToString().ToLowerInvariant()})",
            $" (because richting: {indicator.Direction?.ToString().ToLowerInvariant()})"),
        ComparatorOrigin.Unstated => new(" (minimaal of maximaal? zet 'richting:' of een vergelijking)",
            " (at least or at most? add 'richting:' or a comparison)"),
        _ => new("", ""),
    };

    private static void DescribeIndicator(IndicatorSymbol i, Language language, Action<LocalizedText, string?> line)
    {
        line(new("definitie", "definition"), i.Definition);
        line(new("laag", "layer"), i.Layer?.ToString().ToLowerInvariant());
        line(new("soort", "kind"), i.IndicatorKind?.ToString());
        line(new("eigenaar", "owner"), i.Owner is { } owner
            ? owner.Title + (owner.CanInfluence(i) ? "" : new LocalizedText(" (heeft geen invloed op deze indicator)", " (cannot influence this indicator)").Get(language))
            : i.OwnerName);
        line(new("betrokken", "involved"), i.Involved.IsEmpty ? null : string.Join(", ", i.Involved.Select(a => a.Title ?? a.Name)));
        line(new("frequentie", "frequency"), i.Frequency?.Text);
        line(new("nulmeting", "baseline"), i.Baseline is { } baseline ? NumberText.Localize(baseline.ToString(), language) : null);
        line(new("code", "code"), i.Code);
        line(new("aanbieders", "providers"), i.Providers.IsEmpty ? null : string.Join(", ", i.Providers.Select(a => a.Title ?? a.Name)));
        line(new("norm", "norm"), i.Norm is null ? null : NumberText.Localize(i.Norm.ToString(), language));
        foreach (var target in i.Targets)
        {
            var when = target.TimeBound?.Deadline is { } deadline
                ? new LocalizedText($" uiterlijk {deadline:yyyy-MM-dd}", $" by {deadline:yyyy-MM-dd}").Get(language) : "";
            var disclaimer = target.HasDisclaimer ? $" — _{target.Disclaimer}_" : "";
            line(new("streefwaarde", "target"), $"{NumberText.Localize(target.ToString(), language)}{Origin(target, i).Get(language)}{when}{disclaimer}");
        }
        foreach (var forecast in i.Forecasts)
            line(new("raming (geen streefwaarde)", "forecast (not a target)"), NumberText.Localize(forecast.Value.ToString(), language)
                + (forecast.Year is { } year ? $" ({year})" : forecast.Date is { } date ? $" ({date:yyyy-MM-dd})" : ""));
        foreach (var criterion in i.AcceptanceCriteria) line(new("acceptatiecriterium", "acceptance criterion"), criterion);
    }
}
