using System.Collections.Concurrent;
using System.Collections.Immutable;
using KpiLang.Sources;

namespace KpiLang.Analysis.Configuration;

/// <summary>
/// Each folder's nearest kpiconfig.json, found and read once through a file provider: the disk for the CLI, the
/// editor's open documents first for the language server, which keeps one cache until a kpiconfig.json changes
/// instead of walking the disk on every edit.
/// </summary>
public sealed class ConfigCache(IFileProvider files, string? stopAt)
{
    private readonly ConcurrentDictionary<string, LoadedConfig> _byDirectory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, LoadedConfig> _byPath = new(StringComparer.Ordinal);

    /// <summary>The configuration that applies to files in a folder (<see cref="LoadedConfig.None"/> when none is found).</summary>
    public LoadedConfig ForDirectory(string directory) => _byDirectory.GetOrAdd(Path.GetFullPath(directory), Load);

    /// <summary>Settings for each file from its nearest kpiconfig.json, and the findings about those kpiconfig.json files.</summary>
    public WorkspaceConfig ForFiles(IEnumerable<string> paths)
    {
        var byFile = ImmutableDictionary.CreateBuilder<string, RuleSettings>(StringComparer.Ordinal);
        var used = new SortedDictionary<string, LoadedConfig>(StringComparer.Ordinal);
        foreach (var file in paths)
        {
            var full = Path.GetFullPath(file);
            var config = ForDirectory(Path.GetDirectoryName(full) ?? full);
            if (config.Path is not null) used[config.Path] = config;
            byFile[full] = config.Rules;
        }
        return new WorkspaceConfig(byFile.ToImmutable(), [.. used.Values.SelectMany(c => c.Diagnostics)]);
    }

    /// <summary>Every kpiconfig.json read so far, by path.</summary>
    public IEnumerable<LoadedConfig> Loaded => _byPath.Values;

    private LoadedConfig Load(string directory) =>
        ConfigLoader.Find(directory, stopAt, files) is { } path ? _byPath.GetOrAdd(path, p => ConfigLoader.Read(p, files)) : LoadedConfig.None;
}
