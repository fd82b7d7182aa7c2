namespace KpiLang.Benchmarks;

/// <summary>
/// The peers the budgets compare with, fetched at run time through the registries' own clients into .bench-cache:
/// the Bicep CLI from NuGet (Azure.Bicep.CommandLine.linux-x64, a native single-file `bicep`) with `dotnet restore`
/// of a throw-away project, and yaml-language-server from npm with `npm install`.
/// </summary>
internal static class PeerTools
{
    public const string BicepVersion = "0.49.2";
    public const string YamlServerVersion = "1.25.0";

    public static string? Bicep(string repo)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var rid = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "linux-arm64" : "linux-x64";
        var id = $"Azure.Bicep.CommandLine.{rid}";
        var packages = BenchCache.Folder(repo, "nuget");
        var bicep = Path.Combine(packages, id.ToLowerInvariant(), BicepVersion, "tools", "bicep");
        if (!File.Exists(bicep))
        {
            var project = BenchCache.Folder(repo, "bicep-download");
            File.WriteAllText(Path.Combine(project, "download.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
                  <ItemGroup><PackageDownload Include="{id}" Version="[{BicepVersion}]" /></ItemGroup>
                </Project>
                """);
            InstalledTool.Run(project, "dotnet", "restore", "download.csproj", "--packages", packages);
        }
        File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute);
        return bicep;
    }

    /// <summary>The command line that starts yaml-language-server over stdio (node and its script).</summary>
    public static (string Program, string[] Args)? YamlServer(string repo)
    {
        var folder = BenchCache.Folder(repo, "yaml-language-server");
        var script = Path.Combine(folder, "node_modules", "yaml-language-server", "bin", "yaml-language-server");
        if (!File.Exists(script))
            InstalledTool.Run(folder, "npm", "install", "--no-audit", "--no-fund", "--prefix", folder, $"yaml-language-server@{YamlServerVersion}");
        return File.Exists(script) ? ("node", [script, "--stdio"]) : null;
    }
}
