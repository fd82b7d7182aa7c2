namespace KpiLang.Benchmarks; public static class Budgets { public static int Run(string[] a) => 0; }
