using KpiLang.Analysis;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Rules;

/// <summary>The editor checks while the user types: rules must never throw on a half-written file.</summary>
public class HalfTypedInputTests
{
    public static TheoryData<string> Samples =>
        [.. Directory.EnumerateFiles(Repository.Samples, "*.kpi", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repository.Samples, f))];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_prefix_of_a_sample_is_checked_without_an_exception(string sample)
    {
        var text = File.ReadAllText(Path.Combine(Repository.Samples, sample));
        for (var cut = 0; cut < text.Length; cut += Math.Max(1, text.Length / 15))
        {
            var prefix = text[..cut];
            var findings = Checker.Check(TestCompiler.Compile(prefix), CheckOptions.Default);
            Assert.All(findings, d => Assert.InRange(d.Location.Span.End, 0, Math.Max(prefix.Length, d.Location.Source.Length)));
        }
    }
}
