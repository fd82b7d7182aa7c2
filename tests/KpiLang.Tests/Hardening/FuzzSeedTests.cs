using CsCheck;

namespace KpiLang.Tests.Hardening;

/// <summary>The fixed fuzz seed really fixes the inputs, and the seed printed for an input replays exactly that input.</summary>
public class FuzzSeedTests
{
    private static string[] Described(string seed, int count) =>
        [.. FuzzSettings.Inputs(FuzzInputs.Case, seed, count).Select(i => FuzzInputs.Describe(i.Input))];

    [Fact]
    public void The_ci_seed_is_a_valid_CsCheck_seed()
    {
        Assert.Equal(FuzzSettings.CiSeed, PCG.Parse(FuzzSettings.CiSeed).ToString());
        Assert.Equal(FuzzSettings.CiSeed, FuzzSettings.Inputs(FuzzInputs.Case, FuzzSettings.CiSeed, 1).Single().Seed);
    }

    [Fact]
    public void The_same_seed_gives_the_same_inputs_and_another_seed_other_inputs()
    {
        var first = Described(FuzzSettings.CiSeed, 200);
        Assert.Equal(first, Described(FuzzSettings.CiSeed, 200));
        Assert.True(first.Distinct().Count() > 150, "the inputs of one run should differ from each other");
        var other = Described("0kpiLangFuzy", 200);
        Assert.True(first.Intersect(other).Count() < 10, "another seed should give other inputs");
    }

    [Fact]
    public void The_seed_of_each_input_makes_CsCheck_replay_exactly_that_input()
    {
        foreach (var (seed, input) in FuzzSettings.Inputs(FuzzInputs.Case, FuzzSettings.CiSeed, 20))
        {
            var replayed = new List<string>();
            FuzzInputs.Case.Sample(c => replayed.Add(FuzzInputs.Describe(c)), seed: seed, iter: 1, threads: 1);
            Assert.Equal([FuzzInputs.Describe(input)], replayed);
        }
    }

    [Fact]
    public void A_failing_input_is_reported_with_a_seed_that_replays_a_failure()
    {
        // A property that fails on some inputs: the run from the CI seed must fail, and the seed it reports must fail again.
        static void Property((int Sample, Mutation[] Mutations) c) => Assert.True(c.Mutations.Length < 4, "four or more damages");
        var error = Assert.Throws<CsCheckException>(() => FuzzSettings.Run(FuzzInputs.Case, Property, FuzzInputs.Describe, 400, FuzzSettings.CiSeed));
        var reported = System.Text.RegularExpressions.Regex.Match(error.Message, "seed: \"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(reported);
        Assert.Throws<CsCheckException>(() => FuzzInputs.Case.Sample(Property, seed: reported, iter: 1, threads: 1));
    }
}
