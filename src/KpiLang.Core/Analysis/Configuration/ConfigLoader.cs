using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using KpiLang.Diagnostics;
using KpiLang.Sources;
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

    public static LoadedConfig Load(string directory, string? stopAt, IFileProvider? files = null) =>
        Find(directory, stopAt, files) is { } path ? Read(path, files) : LoadedConfig.None;

    /// <summary>Whether a path names a configuration file (the editor sends these along with .kpi files).</summary>
    public static bool IsConfigFile(string path) => Path.GetFileName(path).Equals(FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>The kpiconfig.json nearest to a folder, not above <paramref name="stopAt"/>; null if there is none.</summary>
    public static string? Find(string directory, string? stopAt, IFileProvider? files = null)
    {
        files ??= PhysicalFileProvider.Instance;
        var stop = stopAt is null ? null : Path.TrimEndingDirectorySeparator(Path.GetFullPath(stopAt));
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (files.Exists(candidate)) return candidate;
            if (stop is not null && string.Equals(Path.TrimEndingDirectorySeparator(dir.FullName), stop, StringComparison.Ordinal)) break;
        }
        return null;
    }

    /// <summary>
    /// Settings for every file of a compilation, read through the compilation's own file provider, so the editor's
    /// unsaved kpiconfig.json counts as the CLI's saved one does (hosts share this, so CLI and editor agree).
    /// </summary>
    public static WorkspaceConfig LoadFor(KpiLang.Compiler.Compilation compilation, string? stopAt) =>
        new ConfigCache(compilation.Options.Files, stopAt).ForFiles(compilation.SyntaxTrees.Select(t => t.Path).Where(p => p.Length > 0));

    /// <summary>Settings for each file from its nearest kpiconfig.json on disk; each config file is read once.</summary>
    public static WorkspaceConfig LoadForFiles(IEnumerable<string> files, string? stopAt) =>
        new ConfigCache(PhysicalFileProvider.Instance, stopAt).ForFiles(files);

    public static LoadedConfig Read(string path, IFileProvider? files = null)
    {
        var file = (files ?? PhysicalFileProvider.Instance).Read(path);
        if (file.Text is null)
        {
            var empty = SourceText.From("", path);
            var reason = file.Error ?? new LocalizedText("het bestand kon niet gelezen worden", "the file could not be read");
            return new LoadedConfig(RuleSettings.Empty, path, [Diagnostic.Create(ConfigurationDiagnostics.InvalidJson, new Location(empty, default), reason)]);
        }
        return Parse(file.Text, path);
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
