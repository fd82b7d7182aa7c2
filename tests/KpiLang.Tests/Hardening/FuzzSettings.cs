using CsCheck;

namespace KpiLang.Tests.Hardening;

/// <summary>
/// How hard the fuzz tests try, and from which seed. CI runs a modest count from a fixed seed, so every CI run tries
/// the same inputs; a long run sets KPI_FUZZ_ITERATIONS and KPI_FUZZ_SEED=random. A failure prints the CsCheck seed
/// of the (shrunk) failing input; KPI_FUZZ_SEED=&lt;that seed&gt; replays it first. See docs/reliability.md.
/// </summary>
internal static class FuzzSettings
{
    /// <summary>
    /// The CI seed, in CsCheck's own format (12 characters of 0-9a-zA-Z_-, the first 0-f): 11 characters of PCG
    /// state and one of stream. CsCheck's <c>seed:</c> only fixes its first input, so <see cref="Run{T}"/> walks
    /// the PCG sequence from it itself.
    /// </summary>
    public const string CiSeed = "0kpiLangFuzz";

    public static long Iterations(long ciDefault) =>
        long.TryParse(Environment.GetEnvironmentVariable("KPI_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : ciDefault;

    /// <summary>The seed to start from: KPI_FUZZ_SEED, else the CI seed; null for KPI_FUZZ_SEED=random.</summary>
    public static string? Seed => Environment.GetEnvironmentVariable("KPI_FUZZ_SEED") switch
    {
        null or "" => CiSeed,
        var s when s.Equals("random", StringComparison.OrdinalIgnoreCase) => null,
        var s => s,
    };

    /// <summary>Each input must finish within this bound; far above the milliseconds a sample takes, so not a speed test.</summary>
    public static readonly TimeSpan PerInput = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Checks the property on <paramref name="iterations"/> inputs. With a seed the inputs are the PCG sequence from
    /// that seed (the first is the input the seed names), the same on every run; on a failure CsCheck takes over from
    /// the failing input to shrink it and reports the seed of the smallest. Without a seed CsCheck picks them at random.
    /// </summary>
    public static void Run<T>(Gen<T> gen, Action<T> assert, Func<T, string> print, long iterations, string? seed)
    {
        if (seed is null)
        {
            gen.Sample(assert, iter: iterations, threads: 1, print: print);
            return;
        }
        string? failing = null;
        foreach (var (inputSeed, input) in Inputs(gen, seed, iterations))
        {
            try
            {
                assert(input);
            }
            catch (Exception)
            {
                failing = inputSeed;
                break;
            }
        }
        if (failing is null) return;
        gen.Sample(assert, seed: failing, iter: Math.Max(iterations, 100), threads: 1, print: print); // shrinks and throws
        throw new Xunit.Sdk.XunitException($"input {failing} failed once but not when CsCheck replayed it: the property is not deterministic");
    }

    /// <summary>The inputs a seeded run tries, each with the CsCheck seed that regenerates it on its own.</summary>
    public static IEnumerable<(string Seed, T Input)> Inputs<T>(Gen<T> gen, string seed, long count)
    {
        var pcg = PCG.Parse(seed);
        for (long i = 0; i < count; i++)
        {
            var state = pcg.State;
            var input = gen.Generate(pcg, null, out _);
            yield return (pcg.ToString(state), input);
        }
    }

    /// <summary>Runs work on its own task and fails if it does not finish within the bound (a hang) or throws.</summary>
    public static T Bounded<T>(Func<T> work, string what)
    {
        var task = Task.Run(work);
        if (!task.Wait(PerInput)) throw new TimeoutException($"no result within {PerInput.TotalSeconds} s for {what}");
        return task.Result;
    }
}
