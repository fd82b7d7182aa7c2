using System.Text;
using KpiLang.Diagnostics;
using KpiLang.Semantics;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// The five SMART letters for one indicator, each ticked or not. Built from the same findings the editor underlines
/// (each rule declares the letter it judges), so the checklist and the squiggles can never disagree: a letter is
/// unticked exactly when a finding of that letter stands on the indicator, and then says what that finding says.
/// </summary>
internal static class SmartChecklist
{
    public static string Render(IndicatorSymbol indicator, IEnumerable<Diagnostic> findingsInFile, Language language)
    {
        var span = indicator.DeclarationLocation.Span;
        var findings = findingsInFile.Where(d => d.Descriptor.Smart is not null && span.Contains(d.Location.Span.Start)).ToList();
        var b = new StringBuilder();
        b.Append("**SMART**");
        if (indicator.UsesAcceptanceCriteria)
            b.Append(new LocalizedText(" — bewust niet-SMART: acceptatiecriteria", " — deliberately not SMART: acceptance criteria").Get(language));
        else if (indicator.IsMonitoringFigure)
            b.Append(new LocalizedText(" — kengetal: bewust zonder streefwaarde", " — monitoring figure: deliberately without a target").Get(language));
        b.AppendLine();
        foreach (var (letter, name) in Letters)
        {
            var finding = findings.FirstOrDefault(d => d.Descriptor.Smart == letter);
            b.Append("- ").Append(finding is null ? "✅ " : "⚠️ ").Append(name.Get(language)).Append(": ")
                .AppendLine(finding is null ? Fine(letter, indicator).Get(language) : $"{finding.GetMessage(language)} ({finding.Code})");
        }
        return b.ToString();
    }

    private static readonly (SmartLetter Letter, LocalizedText Name)[] Letters =
    [
        (SmartLetter.S, new("Specifiek", "Specific")),
        (SmartLetter.M, new("Meetbaar", "Measurable")),
        (SmartLetter.A, new("Acceptabel", "Acceptable")),
        (SmartLetter.R, new("Realistisch", "Realistic")),
        (SmartLetter.T, new("Tijdgebonden", "Time-bound")),
    ];

    /// <summary>Why a letter without findings holds, in plain words.</summary>
    private static LocalizedText Fine(SmartLetter letter, IndicatorSymbol i) => letter switch
    {
        SmartLetter.S => new("zegt wat er geteld of gemeten wordt", "says what is counted or measured"),
        SmartLetter.M => i.Targets.IsEmpty ? new("niet van toepassing zonder streefwaarde", "not applicable without a target")
            : new("een grootheid en een streefwaarde met een waarde", "a quantity and a target with a value"),
        SmartLetter.A => i.Owner is { } owner ? new($"eigenaar {owner.Title ?? owner.Name}", $"owner {owner.Title ?? owner.Name}")
            : new("niet van toepassing", "not applicable"),
        SmartLetter.R => new("de streefwaarden passen bij nulmeting en richting", "the targets fit baseline and direction"),
        _ => i.Targets.IsEmpty ? new("niet van toepassing zonder streefwaarde", "not applicable without a target")
            : new("elke streefwaarde heeft een termijn", "every target has a time frame"),
    };
}
