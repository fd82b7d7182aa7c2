using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Tables;

/// <summary>One run of <c>kpic convert</c> on a table in a temporary folder: exit code, what it printed, and the .kpi it wrote.</summary>
internal sealed record ConvertRun(int ExitCode, string Output, string Error, string? Kpi)
{
    /// <summary>Today as the tests see it, so findings about due dates never change with the calendar.</summary>
    public const string Today = "2026-12-06";

    public static ConvertRun Of(string csv, params string[] options) => Of(System.Text.Encoding.UTF8.GetBytes(csv), options);

    public static ConvertRun Of(byte[] csv, params string[] options)
    {
        using var folder = new TempFolder();
        var table = Path.Combine(folder.Path, "tabel.csv");
        File.WriteAllBytes(table, csv);
        var output = Path.Combine(folder.Path, "spec.kpi");
        var (code, stdout, stderr) = CliRunner.Run(["convert", table, "-o", output, "--vandaag", Today, .. options]);
        return new ConvertRun(code, stdout.Replace(folder.Path + Path.DirectorySeparatorChar, ""), stderr.Replace(folder.Path + Path.DirectorySeparatorChar, ""),
            File.Exists(output) ? File.ReadAllText(output) : null);
    }

    /// <summary>The .kpi text after the header comment (which ends at the first blank line): what the table became.</summary>
    public string Body => Kpi is null ? "" : Kpi[(Kpi.IndexOf("\n\n", StringComparison.Ordinal) + 2)..];

    /// <summary>The lines of <see cref="Body"/>, trimmed, without blank lines and the "// regel N" comments.</summary>
    public IReadOnlyList<string> Lines => [.. Body.Split('\n').Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith("// regel ", StringComparison.Ordinal))];
}
