namespace KpiLang.Benchmarks;

/// <summary>
/// `kpic check` of a generated workspace against `bicep lint` of a Bicep file of as many lines, in the same run and
/// each in fresh processes (median wall time): the ratio is the budget (docs/performance.md: at least 20x at 23.5k and at 105k
/// lines). Without the Bicep CLI (not Linux, or NuGet unreachable) the kpic time alone is reported.
/// </summary>
internal static class CheckBudget
{
    public static BudgetResult Measure(string kpic, string? bicep, BenchWorkspace workspace, int runs, int bicepRuns)
    {
        var lines = workspace.Generated.LineCount;
        var name = $"kpic check vs bicep lint, {lines / 1000.0:0.#}k lines (ratio)";
        Budgets.RunKpic(kpic, "check", workspace.Root); // warms the disk cache, as a second check in a pipeline would
        var walls = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var (code, output, wall, _) = Budgets.RunKpic(kpic, "check", workspace.Root);
            if (code == 2) return new(name, ">= 20x", "failed: " + output.Trim(), false);
            walls.Add(wall.TotalSeconds);
        }
        var ours = Budgets.Median(walls);
        var measured = $"kpic {Budgets.F(ours)} s";
        if (bicep is null) return new(name, ">= 20x", measured, null, "no Bicep CLI here: no ratio");

        var file = Path.Combine(workspace.Root, "..", Path.GetFileName(workspace.Root) + ".bicep");
        File.WriteAllText(file, PeerFiles.Bicep(lines));
        var theirs = new List<double>();
        for (var i = 0; i < Math.Max(1, bicepRuns); i++) theirs.Add(Budgets.RunKpic(bicep, "lint", file).Wall.TotalSeconds);
        File.Delete(file);
        var peer = Budgets.Median(theirs);
        var ratio = peer / ours;
        return new(name, ">= 20x", $"{measured}, bicep {Budgets.F(peer)} s: {Budgets.F(ratio, "0.0")}x", ratio >= 20,
            $"kpic runs {string.Join(", ", walls.Select(w => Budgets.F(w)))} s; bicep lint {PeerTools.BicepVersion} runs {string.Join(", ", theirs.Select(w => Budgets.F(w)))} s on a Bicep file of as many lines");
    }
}
