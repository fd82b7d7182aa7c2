using KpiLang.Analysis;
using KpiLang.Generator;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Hardening;

/// <summary>The benchmark generator writes specifications that are valid and the same for the same seed.</summary>
public class GeneratorTests
{
    [Fact]
    public void A_generated_1k_line_workspace_checks_without_errors()
    {
        var workspace = SpecificationGenerator.Generate(1_000, seed: 7);
        Assert.InRange(workspace.LineCount, 900, 1_300);
        var compilation = TestCompiler.Compile([.. workspace.Files.Select(f => (f.RelativePath, f.Text))]);
        var errors = Checker.Check(compilation, CheckOptions.Default).Where(d => d.IsError).Select(TestCompiler.Describe).ToList();
        Assert.Empty(errors);
        Assert.True(compilation.Indicators.Count() > 30);
        Assert.Equal(1, compilation.SpecificationCount); // every programme imports the shared actors
    }

    [Fact]
    public void The_same_seed_gives_the_same_text_and_another_seed_another()
    {
        var a = SpecificationGenerator.Generate(3_000, seed: 1);
        Assert.Equal(a.Files.AsEnumerable(), SpecificationGenerator.Generate(3_000, seed: 1).Files.AsEnumerable());
        Assert.NotEqual(a.Files.Select(f => f.Text), SpecificationGenerator.Generate(3_000, seed: 2).Files.Select(f => f.Text));
        Assert.Equal(4, a.Files.Length); // the shared file and one programme per ~1,000 lines
    }
}
