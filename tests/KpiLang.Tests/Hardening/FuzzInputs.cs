using CsCheck;

namespace KpiLang.Tests.Hardening;

/// <summary>The inputs the front-end fuzzer starts from (every sample file) and the generator of damaged versions.</summary>
internal static class FuzzInputs
{
    /// <summary>Each sample file with its siblings, so imports between them still resolve after damage.</summary>
    public static readonly (string Folder, string File, string Text)[] SampleFiles =
    [
        .. Directory.GetDirectories(Repository.Samples).Order(StringComparer.Ordinal)
            .SelectMany(folder => Directory.GetFiles(folder, "*.kpi").Order(StringComparer.Ordinal)
                .Select(file => (Path.GetFileName(folder), Path.GetFileName(file), File.ReadAllText(file)))),
    ];

    public static readonly Gen<Mutation> Mutation =
        Gen.Select(Gen.Enum<MutationKind>(), Gen.Int[0, 999], Gen.Int[0, 999], Gen.Int[0, 40], Gen.Int[0, 1000],
            (kind, at, other, size, pick) => new Mutation(kind, at, other, size, pick));

    /// <summary>A sample file and one to five damages to it.</summary>
    public static readonly Gen<(int Sample, Mutation[] Mutations)> Case =
        Gen.Select(Gen.Int[0, SampleFiles.Length - 1], Mutation.Array[1, 5]);

    public static (string Folder, string File, string Text) Damaged((int Sample, Mutation[] Mutations) c)
    {
        var (folder, file, text) = SampleFiles[c.Sample];
        foreach (var mutation in c.Mutations) text = mutation.Apply(text);
        return (folder, file, text);
    }

    public static string Describe((int Sample, Mutation[] Mutations) c) =>
        $"{SampleFiles[c.Sample].Folder}/{SampleFiles[c.Sample].File}: {string.Join("; ", c.Mutations.Select(m => m.ToString()))}";

    /// <summary>The damaged file compiled with its undamaged siblings.</summary>
    public static (string Path, string Text)[] WithSiblings(string folder, string file, string text) =>
    [
        ($"{folder}/{file}", text),
        .. SampleFiles.Where(s => s.Folder == folder && s.File != file).Select(s => ($"{s.Folder}/{s.File}", s.Text)),
    ];
}
