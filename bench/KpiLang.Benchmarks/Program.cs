using BenchmarkDotNet.Running;
using KpiLang.Benchmarks;
using KpiLang.Generator;

// Three modes: the BenchmarkDotNet suite (default), the speed budgets against a release kpic (--budgets), and
// writing a generated workspace to disk for manual runs (--generate LINES FOLDER [SEED]).
if (args.Length > 0 && args[0] == "--budgets") return Budgets.Run(args[1..]);
if (args.Length >= 3 && args[0] == "--generate")
{
    var workspace = SpecificationGenerator.Generate(int.Parse(args[1]), args.Length > 3 ? int.Parse(args[3]) : 1);
    workspace.WriteTo(args[2]);
    Console.WriteLine($"{workspace.Files.Length} files, {workspace.LineCount} lines in {args[2]}");
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(Budgets).Assembly).Run(args, new ShortRunConfig());
return 0;
