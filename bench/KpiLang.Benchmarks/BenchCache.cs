namespace KpiLang.Benchmarks;

/// <summary>
/// .bench-cache/ at the repository root (gitignored): what the budgets fetch or build at run time and keep between
/// runs, never committed: the installed kpic tool, the Bicep CLI (NuGet) and yaml-language-server (npm).
/// </summary>
internal static class BenchCache
{
    public static string Folder(string repo, params string[] parts)
    {
        var folder = Path.Combine([repo, ".bench-cache", .. parts]);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
