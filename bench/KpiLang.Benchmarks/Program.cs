using BenchmarkDotNet.Running;
using KpiLang.Benchmarks;
using KpiLang.Generator;

// Three modes: the BenchmarkDotNet suite (default), the speed budgets against a release kpic (--budgets), and
// writing a generated workspace (--generate LINES FOLDER [SEED]) or the peers' files (--generate-peers LINES FOLDER) to disk.
if (args.Length > 0 && args[0] == "--budgets") return Budgets.Run(args[1..]);
if (args.Length >= 3 && args[0] == "--generate-peers")
{
    // The peers' inputs of a size, for manual runs: <FOLDER>/spec.bicep (bicep lint) and spec.yaml (yaml-language-server).
    Directory.CreateDirectory(args[2]);
    File.WriteAllText(Path.Combine(args[2], "spec.bicep"), PeerFiles.Bicep(int.Parse(args[1])));
    File.WriteAllText(Path.Combine(args[2], "spec.yaml"), PeerFiles.Yaml(int.Parse(args[1])));
    return 0;
}
if (args.Length >= 3 && args[0] == "--generate")
{
    var workspace = SpecificationGenerator.Generate(int.Parse(args[1]), args.Length > 3 ? int.Parse(args[3]) : 1);
    workspace.WriteTo(args[2]);
    Console.WriteLine($"{workspace.Files.Length} files, {workspace.LineCount} lines in {args[2]}");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Budgets).Assembly).Run(args, new ShortRunConfig());
return 0;
