namespace KpiLang.Tests.Cli;

/// <summary>
/// What reaches a terminal or a pipeline log: control characters from a file are shown, never sent; a 5 MB line
/// prints a window; the summary reaches stderr when the report goes to a file.
/// </summary>
public class TerminalOutputTests
{
    [Fact]
    public void An_escape_sequence_in_a_file_never_reaches_the_terminal()
    {
        using var folder = new TempFolder();
        var file = folder.Write("esc.kpi", "doel a \"A\" {\n  omschrijving: \"\u001b[2J\u001b]0;pwned\u0007rood\" laag \u001b[31m\n}\n");
        foreach (var format in new[] { "text", "msbuild" })
        {
            var (code, output, error) = CliRunner.Run("check", file, "--format", format);
            Assert.Equal(1, code);
            Assert.DoesNotContain('\u001b', output + error);
            Assert.DoesNotContain('\u0007', output + error);
            Assert.Contains("'␛[' hoort niet in een .kpi-bestand", output);
        }
        var text = CliRunner.Run("check", file).Output;
        // One stand-in per character, so the caret still stands under 'laag'.
        Assert.Contains("""
              2 |   omschrijving: "␛[2J␛]0;pwned␇rood" laag ␛[31m
                |                                      ^^^^
            """.ReplaceLineEndings("\n"), text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_bidi_override_is_shown_not_obeyed()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bidi.kpi", "doel a \"A \u202Eosla\u202C\" {\n  laag: impact\n}\n");
        var output = CliRunner.Run("check", file).Output;
        Assert.DoesNotContain('\u202E', output);
        Assert.Contains("  1 | doel a \"A �osla�\" {", output);
    }

    [Fact]
    public void A_five_megabyte_line_prints_a_window_around_the_column()
    {
        using var folder = new TempFolder();
        var file = folder.Write("lang.kpi", "doel a \"A\" {\n  omschrijving: \"" + new string('x', 5_000_000) + "\" laag: impakt\n}\n");
        var (code, output, _) = CliRunner.Run("check", file);
        Assert.Equal(1, code);
        Assert.True(output.Length < 4_000, $"{output.Length} characters printed");
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var at = Array.FindIndex(lines, l => l.Contains("fout KPL0104", StringComparison.Ordinal));
        Assert.StartsWith("lang.kpi(2,5000020): fout KPL0104: 'laag' hoort niet in een doel", lines[at][(lines[at].IndexOf("lang.kpi", StringComparison.Ordinal))..]);
        Assert.EndsWith("xxxx\" laag: impakt", lines[at + 1]);
        Assert.StartsWith("  2 | …xxx", lines[at + 1]);
        Assert.Equal(lines[at + 1].IndexOf(" laag:", StringComparison.Ordinal) + 1, lines[at + 2].IndexOf('^'));
        Assert.EndsWith("^^^^", lines[at + 2]);
    }

    [Fact]
    public void A_long_name_in_a_message_is_cut_in_the_middle()
    {
        using var folder = new TempFolder();
        var file = folder.Write("naam.kpi", "doel " + new string('b', 1_000_000) + " \"A\" { laag: x }\n");
        var (_, output, _) = CliRunner.Run("check", file);
        Assert.True(output.Length < 6_000, $"{output.Length} characters printed");
        Assert.Contains("b…b", output);
    }

    [Fact]
    public void With_the_report_in_a_file_the_summary_goes_to_stderr()
    {
        using var folder = new TempFolder();
        var file = folder.Write("spec.kpi", "importeer \"lib.kpi\"\nimporteer \"lib.kpi\"\n");
        folder.Write("lib.kpi", "actor wethouder \"Wethouder\" { niveau: strategisch }\n");
        var sarif = Path.Combine(folder.Path, "kpi.sarif");
        var (code, output, error) = CliRunner.Run("check", folder.Path, "--format", "sarif", "-o", sarif, "--warnaserror");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Equal($"kpic: 1 fout, 0 waarschuwingen, 0 info in 2 bestanden; het rapport staat in {sarif}.\n", error.ReplaceLineEndings("\n"));
        Assert.Contains("\"ruleId\"", File.ReadAllText(sarif));

        var english = CliRunner.Run("check", file, "-o", sarif, "--taal", "en");
        Assert.Equal($"kpic: 0 errors, 1 warning, 0 info in 2 files; the report is in {sarif}.\n", english.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("nl", "kpic: kan '{0}' niet schrijven: de map '{1}' bestaat niet.\n")]
    [InlineData("en", "kpic: cannot write '{0}': the folder '{1}' does not exist.\n")]
    public void A_report_file_in_a_missing_folder_is_a_usage_error_in_the_users_language(string language, string expected)
    {
        using var folder = new TempFolder();
        var file = folder.Write("ok.kpi", "actor wethouder \"Wethouder\" { niveau: strategisch }\n");
        var missing = Path.Combine(folder.Path, "bestaat-niet");
        var target = Path.Combine(missing, "kpi.sarif");
        var (code, output, error) = CliRunner.Run("check", file, "--format", "sarif", "-o", target, "--taal", language);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(string.Format(expected, target, missing), error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Dotnet_file_errors_are_told_in_dutch()
    {
        using var folder = new TempFolder();
        folder.Write("ok.kpi", "actor wethouder \"Wethouder\" { niveau: strategisch }\n");
        var directory = Directory.CreateDirectory(Path.Combine(folder.Path, "kpi.sqlite")).FullName;
        var (code, _, error) = CliRunner.Run("build", folder.Path, "-o", directory);
        Assert.Equal(3, code);
        Assert.Equal($"kpic: kan '{directory}' niet schrijven: dat is een map, geen bestand.\n", error.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("already exists", error);
        Assert.Contains("that is a folder, not a file", CliRunner.Run("build", folder.Path, "-o", directory, "--lang", "en").Error);
    }

    [Fact]
    public void A_kpi_file_that_cannot_be_read_says_why_in_both_languages()
    {
        using var folder = new TempFolder();
        var directory = Directory.CreateDirectory(Path.Combine(folder.Path, "map.kpi")).FullName;
        var read = Sources.PhysicalFileProvider.Instance.Read(directory);
        Assert.Null(read.Text);
        Assert.Equal(new Diagnostics.LocalizedText("dat is een map, geen bestand", "that is a folder, not a file"), read.Error);
    }
}
