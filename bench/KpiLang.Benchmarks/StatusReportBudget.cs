namespace KpiLang.Benchmarks;

/// <summary>`kpic status` (< 1 s) and `kpic report` (< 2 s, < 5 MB) on the database holding the import budget's 1M rows.</summary>
internal static class StatusReportBudget
{
    public static IEnumerable<BudgetResult> Measure(string kpic, string database, int runs)
    {
        var status = new List<double>();
        var report = new List<double>();
        var html = Path.ChangeExtension(database, ".html");
        for (var i = 0; i < Math.Max(1, runs); i++)
        {
            var s = Budgets.RunKpic(kpic, "status", "--db", database);
            if (s.ExitCode != 0) yield return new("kpic status, 1M rows", "< 1 s", "failed", false, s.Output.Trim().Split('\n')[0]);
            status.Add(s.Wall.TotalSeconds);
            var r = Budgets.RunKpic(kpic, "report", "--db", database, "-o", html);
            if (r.ExitCode != 0) yield return new("kpic report, 1M rows", "< 2 s, < 5 MB", "failed", false, r.Output.Trim().Split('\n')[0]);
            report.Add(r.Wall.TotalSeconds);
        }
        var size = new FileInfo(html).Length / 1024.0 / 1024.0;
        yield return new("kpic status, 1M rows (wall, median)", "< 1 s", $"{Budgets.F(Budgets.Median(status))} s", Budgets.Median(status) < 1,
            $"runs {string.Join(", ", status.Select(w => Budgets.F(w)))} s");
        yield return new("kpic report, 1M rows (wall, median; size)", "< 2 s, < 5 MB", $"{Budgets.F(Budgets.Median(report))} s, {Budgets.F(size, "0.0")} MB",
            Budgets.Median(report) < 2 && size < 5, $"runs {string.Join(", ", report.Select(w => Budgets.F(w)))} s");
    }
}
