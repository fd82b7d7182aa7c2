namespace KpiLang.Tests;

/// <summary>Paths in the repository, found from the test binaries by walking up to KpiLang.sln.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "KpiLang.sln"))) folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("KpiLang.sln not found above the test folder");
    }
}
