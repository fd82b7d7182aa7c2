namespace KpiLang.Tests.Baselines;

/// <summary>
/// Compares text with a baseline file under tests/KpiLang.Tests/Baselines, or writes it with KPI_UPDATE_BASELINES=1;
/// a difference is reported with the first line that differs and how to accept it.
/// </summary>
internal static class BaselineFile
{
    public static void Check(string path, string actual, List<string> failures)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("KPI_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        if (!File.Exists(path))
        {
            failures.Add($"Baseline ontbreekt: {Path.GetRelativePath(Repository.Root, path)} (maak hem met KPI_UPDATE_BASELINES=1)");
            return;
        }
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual) return;
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
        failures.Add($"{Path.GetRelativePath(Repository.Root, path)} wijkt af op regel {line + 1}:\n" +
                     $"  verwacht: {(line < expectedLines.Length ? expectedLines[line] : "<einde>")}\n" +
                     $"  gevonden: {(line < actualLines.Length ? actualLines[line] : "<einde>")}\n" +
                     "  (bedoeld? KPI_UPDATE_BASELINES=1 ./test.sh)");
    }
}
