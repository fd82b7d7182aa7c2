using KpiLang.Diagnostics;

namespace KpiLang.Analysis.Rules;

/// <summary>A threshold a rule reads from kpiconfig.json ("maximum": 15), with its default from the seeds.</summary>
public sealed record RuleSetting(string Name, decimal Default, LocalizedText Description);
