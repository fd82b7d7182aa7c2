using System.Collections.Immutable;
using KpiLang.Analysis;
using KpiLang.Diagnostics;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Rules;

/// <summary>Runs the full checker (compiler + rules + suppressions) over in-memory sources.</summary>
internal static class RuleChecker
{
    public static ImmutableArray<Diagnostic> Check(string text, CheckOptions? options = null) =>
        Checker.Check(TestCompiler.Compile(text), options ?? CheckOptions.Default);

    public static string[] Codes(string text, CheckOptions? options = null) => [.. Check(text, options).Select(d => d.Code)];

    public static CheckOptions With(string code, DiagnosticSeverity level) =>
        CheckOptions.Default with { Overrides = CheckOptions.Default.Overrides.SetItem(code, level) };

    public static CheckOptions WithSetting(string code, string setting, decimal value) => CheckOptions.Default with
    {
        Rules = RuleSettings.Empty.With(code, new RuleConfiguration(null, ImmutableDictionary<string, decimal>.Empty.Add(setting, value))),
    };
}
