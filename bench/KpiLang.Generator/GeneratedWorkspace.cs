using System.Collections.Immutable;

namespace KpiLang.Generator;

/// <summary>A generated workspace: a shared actors file and programme files that import it.</summary>
public sealed record GeneratedWorkspace(ImmutableArray<GeneratedFile> Files)
{
    public int LineCount => Files.Sum(f => f.LineCount);

    /// <summary>The programme files (every file but the shared one); each is imported by no other file.</summary>
    public IEnumerable<GeneratedFile> Programmes => Files.Where(f => f.RelativePath.StartsWith(SpecificationGenerator.ProgrammeFolder + "/", StringComparison.Ordinal));

    /// <summary>Writes every file under the root (created if needed) and returns the full paths.</summary>
    public IReadOnlyList<string> WriteTo(string root)
    {
        var paths = new List<string>();
        foreach (var file in Files)
        {
            var full = Path.Combine(root, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, file.Text);
            paths.Add(full);
        }
        return paths;
    }
}
