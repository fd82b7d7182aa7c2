using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using KpiLang.Diagnostics;
using KpiLang.Text;

namespace KpiLang.Analysis.Configuration;

/// <summary>
/// Finds and reads kpiconfig.json: the nearest one walking up from a folder (Bicep's bicepconfig.json works the
/// same way), stopping at the workspace root. The nearest file wins; files are not merged, so what applies is
/// always visible in one place. Never throws on a bad file: it reports KPI190–KPI193 with line and column.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = "kpiconfig.json";

    public static LoadedConfig Load(string directory) => Load(directory, stopAt: null);

    public static LoadedConfig Load(string directory, string? stopAt)
    {
        return Find(directory, stopAt) is { } path ? Read(path) : LoadedConfig.None;
    }

    /// <summary>The kpiconfig.json nearest to a folder, not above <paramref name="stopAt"/>; null if there is none.</summary>
    public static string? Find(string directory, string? stopAt)
    {
        var stop = stopAt is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(stopAt));
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate)) return candidate;
            if (stop is not null && string.Equals(Path.TrimEndingDirectorySeparator(dir.FullName), stop, StringComparison.Ordinal)) break;
        }
        return null;
    }

    /// <summary>Settings for every file of a compilation that lives on disk (hosts share this, so CLI and editor agree).</summary>
    public static WorkspaceConfig LoadFor(KpiLang.Compiler.Compilation compilation, string? stopAt) =>
        LoadForFiles(compilation.SyntaxTrees.Select(t => t.Path).Where(p => p.Length > 0), stopAt);

    /// <summary>Settings for each file from its nearest kpiconfig.json; each config file is read once.</summary>
    public static WorkspaceConfig LoadForFiles(IEnumerable<string> files, string? stopAt)
    {
        var byDirectory = new Dictionary<string, LoadedConfig>(StringComparer.Ordinal);
        var byFile = ImmutableDictionary.CreateBuilder<string, RuleSettings>(StringComparer.Ordinal);
        var diagnostics = new Dictionary<string, ImmutableArray<Diagnostic>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var full = Path.GetFullPath(file);
            var directory = Path.GetDirectoryName(full) ?? full;
            if (!byDirectory.TryGetValue(directory, out var config))
            {
                config = Load(directory, stopAt);
                byDirectory[directory] = config;
                if (config.Path is not null) diagnostics[config.Path] = config.Diagnostics;
            }
            byFile[full] = config.Rules;
        }
        return new WorkspaceConfig(byFile.ToImmutable(), [.. diagnostics.OrderBy(d => d.Key, StringComparer.Ordinal).SelectMany(d => d.Value)]);
    }

    public static LoadedConfig Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var empty = SourceText.From("", path);
            return new LoadedConfig(RuleSettings.Empty, path, [Diagnostic.Create(ConfigurationDiagnostics.InvalidJson, new Location(empty, default), e.Message)]);
        }
        return Parse(bytes, path);
    }

    public static LoadedConfig Parse(string json, string path) => Parse(Encoding.UTF8.GetBytes(json), path);

    private static LoadedConfig Parse(byte[] bytes, string path)
    {
        var offset = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var json = bytes.AsMemory(offset);
        var text = SourceText.From(Encoding.UTF8.GetString(json.Span), path);
        var reader = new ConfigReader(json, text);
        try
        {
            var rules = reader.Read();
            return new LoadedConfig(rules, path, [.. reader.Diagnostics]);
        }
        catch (JsonException e)
        {
            var line = (int)Math.Min(e.LineNumber ?? 0, Math.Max(0, text.LineCount - 1));
            var start = text.GetLineSpan(line).Start;
            var column = (int)Math.Min(e.BytePositionInLine ?? 0, text.GetLineSpan(line).Length);
            var message = e.Message.Split(" LineNumber:")[0].TrimEnd('.', ' ');
            return new LoadedConfig(RuleSettings.Empty, path,
                [Diagnostic.Create(ConfigurationDiagnostics.InvalidJson, new Location(text, new TextSpan(start + column, 0)), message)]);
        }
    }
}
