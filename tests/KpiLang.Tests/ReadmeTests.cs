using System.Text.RegularExpressions;
using KpiLang.Tests.Cli;
using KpiLang.Tests.Hardening;

namespace KpiLang.Tests;

/// <summary>
/// The first hour of a new user: the README says how to get kpic before it uses it, and what it shows is real —
/// the broken example prints exactly what the README prints, the tour checks clean, the measuring commands work.
/// </summary>
public partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");

    [GeneratedRegex(@"```(?<kind>\w+)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    private static List<(string Kind, string Body, int At)> Blocks() =>
        [.. Block().Matches(Readme).Select(m => (m.Groups["kind"].Value, m.Groups["body"].Value, m.Index))];

    [Fact]
    public void Kpic_is_explained_before_the_first_command_that_uses_it()
    {
        var install = Readme.IndexOf("dotnet tool install --global kpic", StringComparison.Ordinal);
        Assert.True(install > 0);
        Assert.Contains("dotnet run --project src/KpiLang.Cli -- <opdracht>", Readme);
        // A line of a code block that runs kpic by its name ("kpic build …", "$ kpic check …").
        var firstUse = Regex.Match(Readme, @"(?m)^(\$ )?kpic ").Index;
        Assert.True(install < firstUse, "the README uses kpic before it says how to install it");
    }

    [Fact]
    public void The_broken_example_prints_exactly_what_the_readme_shows()
    {
        var shown = Blocks().Single(b => b.Kind == "text" && b.Body.StartsWith("$ kpic check docs/voorbeelden/fout.kpi\n", StringComparison.Ordinal)).Body;
        var (code, output, error) = KpicProcess.Capture(Repository.Root, "check", "docs/voorbeelden/fout.kpi");
        Assert.Equal(1, code);
        Assert.Equal("", error);
        Assert.Equal(shown["$ kpic check docs/voorbeelden/fout.kpi\n".Length..], output.ReplaceLineEndings("\n"));

        // Fixed as the README says, it is clean; and it is not under samples/, which stays clean.
        using var folder = new TempFolder();
        var fixedFile = folder.Write("goed.kpi", File.ReadAllText(Path.Combine(Repository.Root, "docs", "voorbeelden", "fout.kpi"))
            .Replace("    eigenaar wethouder\n", "    eigenaar: wethouder\n", StringComparison.Ordinal));
        Assert.EndsWith("0 fouten, 0 waarschuwingen, 0 info in 1 bestand.\n", CliRunner.Run("check", fixedFile).Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_tour_checks_clean_next_to_the_resv_actors()
    {
        var tour = Blocks().First(b => b.Kind == "kpi").Body;
        using var folder = new TempFolder();
        File.Copy(Path.Combine(Repository.Samples, "resv", "actoren.kpi"), Path.Combine(folder.Path, "actoren.kpi"));
        folder.Write("rondleiding.kpi", tour);
        var (code, output, error) = CliRunner.Run("check", folder.Path);
        Assert.True(code == 0, output + error);
        Assert.Matches(@"0 fouten, 0 waarschuwingen, \d+ info in 2 bestanden\.\n$", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_measuring_commands_work_on_a_fresh_clone()
    {
        var commands = Blocks().Single(b => b.Kind == "sh" && b.Body.StartsWith("kpic build samples -o kpi.sqlite", StringComparison.Ordinal)).Body
            .Split('\n').Where(l => l.StartsWith("kpic ", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, commands.Count);
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "kpi.sqlite");
        var report = Path.Combine(folder.Path, "rapport.html");
        var outputs = new List<string>();
        foreach (var command in commands)
        {
            var args = command.Split('#')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(a => a switch { "kpi.sqlite" => database, "rapport.html" => report, _ => a }).ToArray();
            var (code, output, error) = KpicProcess.Capture(Repository.Root, args);
            Assert.True(code == 0, $"{command}\n{output}{error}");
            outputs.Add(output);
        }
        Assert.Equal($"18 metingen geladen in {database}.\n", outputs[1].ReplaceLineEndings("\n"));
        Assert.Contains("✎ verteld  ervaren_samenhang", outputs[2]);
        Assert.True(File.Exists(report));
    }
}
