using KpiLang.Compiler;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Mistakes;

/// <summary>
/// The corpus of typical mistakes (tests/KpiLang.Tests/Mistakes/Corpus): one file per mistake a new user makes,
/// each saying in its first comment lines which errors it must give, Dutch ("// fout: …") and for some English
/// ("// error: …"). All import the error-free actoren.kpi beside them. A file that holds more than one mistake says
/// so ("// Meer vergissingen …"); every other file is one mistake, which may give two errors at the most.
/// </summary>
internal static class MistakeCorpus
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "KpiLang.Tests", "Mistakes", "Corpus");

    public const string SharedFile = "actoren.kpi";

    public static TheoryData<string> Files =>
        [.. Directory.EnumerateFiles(Folder, "*.kpi").Select(Path.GetFileName).OfType<string>()
            .Where(f => f != SharedFile).Order(StringComparer.Ordinal)];

    public static string Text(string file) => File.ReadAllText(Path.Combine(Folder, file)).Replace("\r\n", "\n", StringComparison.Ordinal);

    public static string[] Expected(string file, string prefix) =>
        [.. Text(file).Split('\n').TakeWhile(l => l.StartsWith("//", StringComparison.Ordinal))
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..])];

    public static bool IsOneMistake(string file) => !Text(file).StartsWith("// Meer vergissingen", StringComparison.Ordinal);

    /// <summary>The file as written, compiled with the shared actors.</summary>
    public static Compilation Compile(string file, string? text = null) =>
        TestCompiler.Compile((file, text ?? Text(file)), (SharedFile, Text(SharedFile)));
}
