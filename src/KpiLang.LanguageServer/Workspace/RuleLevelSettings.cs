using System.Collections.Immutable;
using System.Text.Json;
using KpiLang.Analysis;
using KpiLang.Analysis.Configuration;
using KpiLang.Compiler;
using KpiLang.Diagnostics;

namespace KpiLang.LanguageServer.Workspace;

/// <summary>
/// The editor's rule levels (setting <c>kpi.regels</c>: code → "fout"/"waarschuwing"/"info"/"uit") and how a
/// compilation is checked with them. The one place that connects the server to the checker's options.
/// </summary>
internal sealed class RuleLevelSettings
{
    private volatile ImmutableDictionary<string, DiagnosticSeverity> _overrides = ImmutableDictionary<string, DiagnosticSeverity>.Empty;

    public ImmutableDictionary<string, DiagnosticSeverity> Overrides => _overrides;

    /// <summary>Reads an object of code → level word; unknown words are skipped. Returns true when the levels changed.</summary>
    public bool Update(JsonElement? regels)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticSeverity>(StringComparer.OrdinalIgnoreCase);
        if (regels is { ValueKind: JsonValueKind.Object } obj)
            foreach (var property in obj.EnumerateObject())
            {
                var word = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Object when property.Value.TryGetProperty("niveau", out var level) && level.ValueKind == JsonValueKind.String => level.GetString(),
                    _ => null,
                };
                if (RuleLevels.TryParse(word, out var severity)) builder[property.Name] = severity;
            }
        var next = builder.ToImmutable();
        var changed = next.Count != _overrides.Count || next.Any(p => !_overrides.TryGetValue(p.Key, out var s) || s != p.Value);
        _overrides = next;
        return changed;
    }

    /// <summary>
    /// Checks with the kpiconfig.json nearest to each file and the editor's levels on top, exactly as
    /// <c>kpic check</c> does plus the overrides.
    /// </summary>
    public ImmutableArray<Diagnostic> Check(Compilation compilation, WorkspaceConfig config) =>
        Checker.Check(compilation, config.ToCheckOptions(CheckOptions.Default with { Overrides = _overrides }));
}
