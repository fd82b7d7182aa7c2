using System.Diagnostics;

namespace KpiLang.Benchmarks;

/// <summary>
/// kpic as users get it: `dotnet pack src/KpiLang.Cli` (the pointer package and this platform's Native AOT package)
/// and `dotnet tool install` from that folder into .bench-cache/tool, then the installed command. The budgets time
/// that, not the build folder.
/// </summary>
internal static class InstalledTool
{
    public static string PackAndInstall(string repo)
    {
        var packages = BenchCache.Folder(repo, "packages");
        foreach (var old in Directory.GetFiles(packages, "kpic*.nupkg")) File.Delete(old);
        Run(repo, "dotnet", "pack", "src/KpiLang.Cli", "-c", "Release", "-o", packages, "--nologo", "-v", "q");
        // The platform package is written where the project says (artifacts/packages); both go into one feed.
        foreach (var package in Directory.GetFiles(Path.Combine(repo, "artifacts", "packages"), "kpic*.nupkg"))
            File.Copy(package, Path.Combine(packages, Path.GetFileName(package)), overwrite: true);
        var tool = Path.Combine(repo, ".bench-cache", "tool");
        if (Directory.Exists(tool)) Directory.Delete(tool, recursive: true);
        // A packages folder of its own: the user's NuGet cache may hold an older kpic 0.1.0, which install would reuse.
        var cache = Path.Combine(repo, ".bench-cache", "tool-nuget");
        if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        Run(repo, new Dictionary<string, string> { ["NUGET_PACKAGES"] = cache }, "dotnet", "tool", "install", "--tool-path", tool, "kpic", "--add-source", packages, "--ignore-failed-sources");
        return Path.Combine(tool, OperatingSystem.IsWindows() ? "kpic.exe" : "kpic");
    }

    internal static void Run(string folder, string program, params string[] args) => Run(folder, new Dictionary<string, string>(), program, args);

    internal static void Run(string folder, Dictionary<string, string> environment, string program, params string[] args)
    {
        Console.WriteLine($"{program} {string.Join(' ', args)}");
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', args)} failed ({process.ExitCode})");
    }
}
