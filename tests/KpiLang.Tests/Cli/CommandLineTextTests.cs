namespace KpiLang.Tests.Cli;

/// <summary>System.CommandLine's own messages and help headings follow --taal like every other message.</summary>
public class CommandLineTextTests
{
    [Theory]
    [InlineData(new string[0], "kpic: geef een commando: check, rules, format, convert, build, import, status, report, roles of lsp.\nZie 'kpic --help' voor het gebruik.\n")]
    [InlineData(new[] { "chek", "samples" }, "kpic: onbekend commando of argument 'chek'; de commando's zijn check, rules, format, convert, build, import, status, report, roles en lsp.\nZie 'kpic --help' voor het gebruik.\n")]
    [InlineData(new[] { "chek", "--lang", "en" }, "kpic: unknown command or argument 'chek'; the commands are check, rules, format, convert, build, import, status, report, roles and lsp.\nRun 'kpic --help' for usage.\n")]
    [InlineData(new[] { "check" }, "kpic: 'check' heeft nog een argument nodig (bijvoorbeeld een bestand of map).\nZie 'kpic --help' voor het gebruik.\n")]
    [InlineData(new[] { "import", "m.csv" }, "kpic: de optie '--db' is verplicht.\nZie 'kpic --help' voor het gebruik.\n")]
    [InlineData(new[] { "import", "m.csv", "--db" }, "kpic: de optie '--db' heeft een waarde nodig.\nZie 'kpic --help' voor het gebruik.\n")]
    [InlineData(new[] { "status", "--db", "a", "--db", "b" }, "kpic: de optie '--db' krijgt één waarde, maar er zijn er 2 gegeven.\nZie 'kpic --help' voor het gebruik.\n")]
    [InlineData(new[] { "check", ".", "--format", "xml" }, "kpic: 'xml' is hier geen geldige waarde; kies uit 'text', 'msbuild', 'json' of 'sarif'.\nZie 'kpic --help' voor het gebruik.\n")]
    [InlineData(new[] { "check", ".", "--format", "xml", "--taal", "en" }, "kpic: 'xml' is not a valid value here; choose from 'text', 'msbuild', 'json' or 'sarif'.\nRun 'kpic --help' for usage.\n")]
    [InlineData(new[] { "--version", "check" }, "kpic: de optie --version kan niet samen met andere argumenten.\nZie 'kpic --help' voor het gebruik.\n")]
    public void Parse_errors_are_in_the_users_language(string[] args, string expected)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal(expected, error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Help_headings_are_dutch_and_stay_aligned()
    {
        var (code, output, _) = CliRunner.Run("import", "--help");
        Assert.Equal(0, code);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("Beschrijving:", lines);
        Assert.Contains("Gebruik:", lines);
        Assert.Contains("Argumenten:", lines);
        Assert.Contains("Opties:", lines);
        Assert.DoesNotContain("Usage:", lines);
        var required = lines.Single(l => l.Contains("--db", StringComparison.Ordinal));
        var lang = lines.Single(l => l.Contains("--taal", StringComparison.Ordinal));
        Assert.Contains("(vereist)", required);
        Assert.Contains("[standaard: nl]", lang);
        // The descriptions start in the same column, as System.CommandLine laid them out.
        Assert.Equal(required.IndexOf("De database: een bestand", StringComparison.Ordinal), lang.IndexOf("Taal van de meldingen", StringComparison.Ordinal));

        var english = CliRunner.Run("import", "--help", "--lang", "en").Output;
        Assert.Contains("Usage:", english);
        Assert.Contains("(REQUIRED)", english);
    }

    [Fact]
    public void Counts_agree_with_their_nouns()
    {
        using var folder = new TempFolder();
        folder.Write("a.kpi", "actor wethouder \"Wethouder\" {\n    niveau: strategisch\n}\n");
        Assert.Equal("1 bestand gecontroleerd, 0 niet in standaardopmaak, 0 overgeslagen.\n", CliRunner.Run("format", folder.Path, "--check").Output.ReplaceLineEndings("\n"));
        Assert.Equal("1 file checked, 0 not in canonical layout, 0 skipped.\n", CliRunner.Run("format", folder.Path, "--check", "--lang", "en").Output.ReplaceLineEndings("\n"));
        Assert.EndsWith("0 fouten, 0 waarschuwingen, 0 info in 1 bestand.\n", CliRunner.Run("check", folder.Path).Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_end_of_the_file_reads_as_a_phrase()
    {
        using var folder = new TempFolder();
        // A stray '}' at the top: only another declaration or the end of the file can come there.
        var file = folder.Write("extra.kpi", "doel a \"A\" {\n}\n}\n");
        Assert.Contains("fout KPL0002: onverwacht '}'; verwacht een declaratie (doel, indicator, …), een eigenschap (zoals 'eigenaar:'), 'importeer' of het einde van het bestand", CliRunner.Run("check", file).Output);
        Assert.Contains("error KPL0002: unexpected '}'; expected a declaration", CliRunner.Run("check", file, "--lang", "en").Output);
        Assert.Contains("or the end of the file", CliRunner.Run("check", file, "--lang", "en").Output);
    }
}
