using System.Reflection;
using KpiLang.Texts;

namespace KpiLang.Tests.Texts;

/// <summary>Every text table of the product: each neutral .resources embedded in one of its assemblies.</summary>
internal static class TextTables
{
    private static readonly string[] Assemblies = ["KpiLang.Core", "kpic", "KpiLang.LanguageServer", "KpiLang.Schema", "KpiLang.Tables"];

    public static IReadOnlyList<TextTable> All { get; } = Find();

    /// <summary>The .resx files in src/ that are Dutch (neutral) tables, relative to the repository.</summary>
    public static IReadOnlyList<string> NeutralResxFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))];

    private static List<TextTable> Find()
    {
        var tables = new List<TextTable>();
        foreach (var assembly in Assemblies.Select(Assembly.Load))
            foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)))
            {
                var accessor = assembly.GetType(resource[..^".resources".Length])
                    ?? throw new InvalidOperationException($"{resource} in {assembly.GetName().Name} has no class beside it to read it.");
                tables.Add(new TextTable(accessor));
            }
        return tables;
    }
}
