using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules;

/// <summary>
/// One check of the method (Bicep-style linter rule): a stable code, a category, a default level, a message in
/// Dutch and English, optional thresholds, and an analysis over the compiled symbols. Rules hold no state, so one
/// instance serves every check; they must stay linear in the size of the specification.
/// </summary>
public abstract class Rule
{
    protected Rule(string code, string name, DiagnosticCategory category, DiagnosticSeverity defaultLevel,
        LocalizedText message, LocalizedText description, SmartLetter? smart = null)
    {
        Descriptor = new DiagnosticDescriptor(code, name, category, defaultLevel, message, description) { Smart = smart };
    }

    public DiagnosticDescriptor Descriptor { get; }

    public string Code => Descriptor.Code;

    /// <summary>The thresholds this rule reads, each with its default.</summary>
    public virtual ImmutableArray<RuleSetting> Settings => [];

    public abstract void Analyze(RuleContext context);
}
