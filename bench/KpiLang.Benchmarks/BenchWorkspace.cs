using KpiLang.Generator;

namespace KpiLang.Benchmarks;

/// <summary>A generated workspace written to a temporary folder, shared by a benchmark's iterations.</summary>
internal sealed class BenchWorkspace : IDisposable
{
    public BenchWorkspace(int lines, int? files = null)
    {
        Generated = SpecificationGenerator.Generate(lines, seed: 1, files);
        Root = Path.Combine(Path.GetTempPath(), $"kpi-bench-{lines}-{Guid.NewGuid():N}");
        Paths = Generated.WriteTo(Root);
    }

    public GeneratedWorkspace Generated { get; }

    public string Root { get; }

    public IReadOnlyList<string> Paths { get; }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
