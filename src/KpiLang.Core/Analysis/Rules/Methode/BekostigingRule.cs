using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.Analysis.Rules.Methode;

/// <summary>
/// An indicator tied to money (Goodhart/Campbell, Divosa, "Meetbare waarden": the target of 4 million euro fraud recovered a year
/// drove people into lifelong debt). Silent once a counter-indicator is linked and every target has a disclaimer.
/// </summary>
public sealed class BekostigingRule() : Rule("KPI139", "bekostiging-goodhart", DiagnosticCategory.Methode, DiagnosticSeverity.Warning,
    new("indicator '{0}' is gekoppeld aan geld: zo wordt hij een doel op zich (Goodhart) en lokt hij perverse prikkels uit; {1}",
        "indicator '{0}' is tied to money: that makes it a goal in itself (Goodhart) and invites perverse incentives; {1}"),
    new("\"Als je met een indicator financieel gaat sturen, komt er veel druk op te liggen\" (Divosa). Koppel een tegenindicator die de schade zichtbaar maakt en zet een disclaimer bij de streefwaarde.",
        "\"Steering financially with an indicator puts it under heavy pressure\" (Divosa). Link a counter-indicator that shows the harm and put a disclaimer on the target."))
{
    public override void Analyze(RuleContext context)
    {
        foreach (var indicator in context.Compilation.Indicators)
        {
            if (!indicator.IsCurrent() || string.IsNullOrWhiteSpace(indicator.Funding)) continue;
            var hasCounter = !indicator.Links.IsEmpty || !indicator.LinkedFrom.IsEmpty;
            var undisclaimed = indicator.Targets.FirstOrDefault(t => !t.HasDisclaimer);
            if (hasCounter && undisclaimed is null) continue;
            LocalizedText advice = (hasCounter, undisclaimed) switch
            {
                (false, not null) => new("koppel een tegenindicator ('gekoppeld aan:', bijvoorbeeld het aantal inwoners dat hierdoor in de schulden komt) en zet een disclaimer bij de streefwaarde",
                    "link a counter-indicator ('gekoppeld aan:', for example the number of residents driven into debt by it) and put a disclaimer on the target"),
                (false, null) => new("koppel een tegenindicator ('gekoppeld aan:') die de schade zichtbaar maakt",
                    "link a counter-indicator ('gekoppeld aan:') that shows the harm"),
                _ => new("zet een disclaimer bij de streefwaarde", "put a disclaimer on the target"),
            };
            var fix = undisclaimed is null ? null : DisclaimerOntbreektRule.AddDisclaimer(indicator, undisclaimed);
            context.Report(this, RuleSyntax.PropertyOrName(indicator, PropertyKey.Bekostiging), fix, indicator.Name, advice);
        }
    }
}
