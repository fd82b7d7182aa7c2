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
            b.Append(ServerText.ChecklistAcceptanceCriteria.Get(language));
        else if (indicator.IsMonitoringFigure)
            b.Append(ServerText.ChecklistMonitoringFigure.Get(language));
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
        (SmartLetter.S, ServerText.Specific),
        (SmartLetter.M, ServerText.Measurable),
        (SmartLetter.A, ServerText.Acceptable),
        (SmartLetter.R, ServerText.Realistic),
        (SmartLetter.T, ServerText.TimeBound),
    ];

    /// <summary>Why a letter without findings holds, in plain words.</summary>
    private static LocalizedText Fine(SmartLetter letter, IndicatorSymbol i) => letter switch
    {
        SmartLetter.S => ServerText.SaysWhatCountedMeasured,
        SmartLetter.M => i.Targets.IsEmpty ? ServerText.NotApplicableWithoutTarget
            : ServerText.QuantityTargetValue,
        SmartLetter.A => i.Owner is { } owner ? ServerText.OwnerIs(owner.Title ?? owner.Name)
            : ServerText.NotApplicable,
        SmartLetter.R => ServerText.TargetsFitBaselineDirection,
        _ => i.Targets.IsEmpty ? ServerText.NotApplicableWithoutTarget
            : ServerText.EveryTargetHasTimeFrame,
    };
}
