using System.Text;
using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// The five SMART letters for one indicator, each ticked or not with the reason in plain words. It summarises what
/// the specification states; the rules' findings say in detail what is wrong.
/// </summary>
internal static class SmartChecklist
{
    public static string Render(IndicatorSymbol i, Language language)
    {
        var b = new StringBuilder();
        b.Append("**SMART**");
        if (i.UsesAcceptanceCriteria)
            b.Append(new LocalizedText(" — bewust niet-SMART: acceptatiecriteria", " — deliberately not SMART: acceptance criteria").Get(language));
        b.AppendLine();
        foreach (var (letter, ok, why) in Letters(i))
            b.Append("- ").Append(ok ? "✅ " : "⚠️ ").Append(letter.Get(language)).Append(": ").AppendLine(why.Get(language));
        return b.ToString();
    }

    public static IEnumerable<(LocalizedText Letter, bool Ok, LocalizedText Why)> Letters(IndicatorSymbol i)
    {
        yield return (new("Specifiek", "Specific"), i.Definition is not null,
            i.Definition is not null ? new("heeft een definitie", "has a definition") : new("geen definitie", "no definition"));
        var measurable = i.IndicatorKind is not null && (i.Source is not null || i.Method is not null);
        yield return (new("Meetbaar", "Measurable"), measurable,
            measurable ? new("soort en bron of methode bekend", "kind and source or method known")
                       : new("soort, bron of methode ontbreekt", "kind, source or method missing"));
        var acceptable = i.Owner is { } owner && owner.CanInfluence(i);
        yield return (new("Acceptabel", "Acceptable"), acceptable || i.UsesAcceptanceCriteria,
            i.Owner is null ? new("geen eigenaar", "no owner")
            : acceptable ? new($"eigenaar {i.Owner.Name} heeft invloed", $"owner {i.Owner.Name} can influence it")
            : new($"eigenaar {i.Owner.Name} heeft geen aantoonbare invloed", $"owner {i.Owner.Name} has no declared influence"));
        var realistic = (i.Baseline is not null || i.BaselinePlannedOn is not null) && (!i.Targets.IsEmpty || i.UsesAcceptanceCriteria);
        yield return (new("Realistisch", "Realistic"), realistic,
            realistic ? new("nulmeting en streefwaarde bekend", "baseline and target known")
                      : new("nulmeting of streefwaarde ontbreekt", "baseline or target missing"));
        var timely = !i.Targets.IsEmpty && i.Targets.All(t => t.TimeBound is not null || t.Window is not null);
        yield return (new("Tijdgebonden", "Time-bound"), timely || i.UsesAcceptanceCriteria,
            timely ? new("elke streefwaarde heeft een termijn", "every target has a deadline")
                   : new("een streefwaarde zonder termijn", "a target without a deadline"));
    }
}
