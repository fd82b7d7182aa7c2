namespace KpiLang.Benchmarks;

/// <summary>Budget 1: `kpic check` of a 100k-line workspace under 2 s wall clock (median of fresh processes).</summary>
internal static class CheckBudget
{
    public static BudgetResult Measure(string kpic, BenchWorkspace workspace, int runs)
    {
        Budgets.RunKpic(kpic, "check", workspace.Root); // warms the disk cache, as a second check in a pipeline would
        var walls = new List<double>();
        var cpus = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var (code, output, wall, cpu) = Budgets.RunKpic(kpic, "check", workspace.Root);
            if (code == 2) return new("kpic check, 100k lines", "< 2 s", "failed: " + output.Trim(), false);
            walls.Add(wall.TotalSeconds);
            cpus.Add(cpu.TotalSeconds);
        }
        var median = Budgets.Median(walls);
        return new("kpic check, 100k lines (wall, median)", "< 2 s",
            $"{Budgets.F(median)} s (cpu {Budgets.F(Budgets.Median(cpus))} s, {workspace.Generated.LineCount} lines)", median < 2.0,
            $"runs: {string.Join(", ", walls.Select(w => Budgets.F(w)))} s");
    }
}
