using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Analysis.Rules;

/// <summary>
/// One check of the method (Bicep-style linter rule): a stable code, a category, a default level, its texts in
/// the table of its category (Dutch and English), optional thresholds, and an analysis over the compiled symbols. Rules hold no state, so one
/// instance serves every check; they must stay linear in the size of the specification.
/// </summary>
public abstract class Rule
{
    /// <param name="texts">The table of the rule's category, with "KPI101.Message" and "KPI101.Description" per code.</param>
    protected Rule(string code, string name, DiagnosticCategory category, DiagnosticSeverity defaultLevel, TextTable texts,
        SmartLetter? smart = null)
    {
        Descriptor = new DiagnosticDescriptor(code, name, category, defaultLevel, texts.Template(code + ".Message"),
            texts.Text(code + ".Description")) { Smart = smart };
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Code => Descriptor.Code;

    /// <summary>The thresholds this rule reads, each with its default.</summary>
    public virtual ImmutableArray<RuleSetting> Settings => [];

    public abstract void Analyze(RuleContext context);
}
