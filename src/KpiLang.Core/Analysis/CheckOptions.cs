using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Analysis;

/// <summary>
/// How a specification is checked beyond the language itself: the rule configuration (from kpiconfig.json) and
/// levels a host imposes (the editor setting <c>kpi.regels</c>), which win over the file.
/// </summary>
public sealed record CheckOptions
{
    public static readonly CheckOptions Default = new();

    /// <summary>Settings for files that have no entry in <see cref="RulesByFile"/>.</summary>
    public RuleSettings Rules { get; init; } = RuleSettings.Empty;

    /// <summary>Per file (full path): the settings of the kpiconfig.json nearest to that file.</summary>
    public ImmutableDictionary<string, RuleSettings> RulesByFile { get; init; } =
        ImmutableDictionary<string, RuleSettings>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Levels per rule code set by the host; they win over every configuration file.</summary>
    public ImmutableDictionary<string, DiagnosticSeverity> Overrides { get; init; } =
        ImmutableDictionary<string, DiagnosticSeverity>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>The settings that apply to one file.</summary>
    public RuleSettings RulesFor(string path) =>
        RulesByFile.TryGetValue(path.Length == 0 ? path : Path.GetFullPath(path), out var rules) ? rules : Rules;

    /// <summary>The level a finding of this code gets in this file: the override, the file's config, or the default.</summary>
    public DiagnosticSeverity LevelFor(DiagnosticDescriptor descriptor, string path) =>
        Overrides.TryGetValue(descriptor.Code, out var level) ? level
        : RulesFor(path).GetLevel(descriptor.Code) ?? descriptor.DefaultSeverity;
}
