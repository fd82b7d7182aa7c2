using System.Globalization;
using System.Text;

namespace KpiLang.Semantics;

/// <summary>
/// A readable dump of bound symbols, one block per symbol with the values the binder read. Used by baseline tests
/// so a change in meaning shows up as a diff a reviewer can read.
/// </summary>
public static class SymbolPrinter
{
    public static string Print(IEnumerable<Symbol> symbols)
    {
        var builder = new StringBuilder();
        foreach (var symbol in symbols) Print(symbol, builder);
        return builder.ToString();
    }

    private static void Print(Symbol symbol, StringBuilder b)
    {
        b.Append(symbol.Kind.Keyword()).Append(' ').Append(symbol.Name).Append(" \"").Append(symbol.Title).Append('"');
        if (symbol.Container is { } container) b.Append(" in ").Append(container.Name);
        b.AppendLine();
        void Line(string label, object? value)
        {
            if (value is null || value is string { Length: 0 }) return;
            b.Append("  ").Append(label).Append(": ").AppendLine(Convert.ToString(value, CultureInfo.InvariantCulture));
        }
        static string Names(IEnumerable<Symbol> items) => string.Join(", ", items.Select(s => s.Name));
        static string Audiences(IEnumerable<Audience> items) =>
            string.Join(", ", items.Select(a => a.Frequency is null ? a.Actor.Name : $"{a.Actor.Name} {a.Frequency} ({a.Frequency.TimesPerYear.ToString(CultureInfo.InvariantCulture)}/jaar)"));

        Line("omschrijving", symbol.Description);
        switch (symbol)
        {
            case OrganisationSymbol o:
                Line("missie", o.Mission);
                Line("visie", o.Vision);
                Line("herijking", Review(o.Review));
                break;
            case ScopeSymbol s:
                Line("dienst", s.Service);
                Line("doelgroep", s.TargetGroup);
                Line("effect", s.Effect);
                Line("eigenaar", s.Owner?.Name);
                Line("herijking", Review(s.Review));
                break;
            case ActorSymbol a:
                Line("niveau", a.Level);
                Line("soort", a.ActorKind);
                Line("beïnvloedt", Names(a.Influences));
                break;
            case GoalSymbol g:
                Line("niveau", g.Level);
                Line("eigenaar", g.Owner?.Name);
                Line("bespreking", Audiences(g.Discussions));
                Line("herijking", Review(g.Review));
                foreach (var criterion in g.AcceptanceCriteria) Line("acceptatiecriterium", criterion);
                break;
            case EffortSymbol e:
                Line("eigenaar", e.Owner?.Name);
                Line("partners", string.Join(", ", e.Partners.Select(p => p.Actor is null ? $"\"{p.Name}\"" : p.Name)));
                foreach (var story in e.Stories) Line("verhaal", $"{story}{(story.Who is null ? " (wie is geen actor)" : "")}");
                foreach (var criterion in e.AcceptanceCriteria) Line("acceptatiecriterium", criterion);
                break;
            case IndicatorSymbol i:
                Line("kengetal", i.IsMonitoringFigure ? "ja" : null);
                Line("code", i.Code);
                Line("definitie", i.Definition);
                Line("laag", i.Layer);
                Line("soort", i.IndicatorKind);
                Line("eenheid", i.Unit?.Name);
                Line("uitsplitsing", string.Join(", ", i.Breakdown));
                Line("norm", i.Norm);
                Line("bron", i.Source);
                Line("methode", i.Method);
                Line("frequentie", i.Frequency is null ? null : $"{i.Frequency} ({i.Frequency.TimesPerYear.ToString(CultureInfo.InvariantCulture)}/jaar)");
                Line("richting", i.EffectiveDirection);
                Line("eigenaar", i.Owner?.Name ?? (i.OwnerName is null ? null : $"{i.OwnerName} (geen actor)"));
                Line("betrokken", string.Join(", ", i.Involved.Select(a => a.Name)));
                Line("aanbieders", string.Join(", ", i.Providers.Select(a => a.Name)));
                Line("invoer", Audiences(i.Entry));
                Line("inzage", Audiences(i.Viewers));
                Line("bespreking", Audiences(i.Discussions));
                Line("rapportage", Audiences(i.Reporting));
                Line("gekoppeld aan", Names(i.Links));
                Line("bekostiging", i.Funding);
                Line("nulmeting", i.Baseline);
                Line("nulmeting gepland op", i.BaselinePlannedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                foreach (var target in i.Targets)
                {
                    var when = target.TimeBound is null ? "" : $" [{target.TimeBound.Start?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"} – {target.TimeBound.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}]";
                    var origin = target.Origin switch
                    {
                        ComparatorOrigin.FromDirection => " (vergelijking uit richting)",
                        ComparatorOrigin.Unstated => " (vergelijking niet gegeven)",
                        _ => "",
                    };
                    Line("streefwaarde", $"{target}{origin}{when}{(target.HasDisclaimer ? " + disclaimer" : "")}{(target.AgreedWith.IsEmpty ? "" : " afgesproken met " + Names(target.AgreedWith))}");
                }
                foreach (var forecast in i.Forecasts)
                    Line("raming", forecast.Date is { } date ? $"{forecast.Value} ({date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : forecast.Value);
                foreach (var criterion in i.AcceptanceCriteria) Line("acceptatiecriterium", criterion);
                Line("herijking", Review(i.Review));
                Line("vervangt", i.Replaces is null ? null : $"{i.Replaces.ReplacedName}{(i.Replaces.Replaced is null ? " (niet meer in de specificatie)" : "")}{(i.Replaces.Reason is null ? "" : $" omdat \"{i.Replaces.Reason}\"")}");
                Line("vervangen door", i.ReplacedBy?.Name);
                break;
        }
    }

    private static string? Review(ReviewCycle? review) => review is null ? null
        : $"{review.Frequency}{(review.By is null ? "" : " door " + review.By.Name)}{(review.Next is { } next ? " volgende " + next.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}";
}
