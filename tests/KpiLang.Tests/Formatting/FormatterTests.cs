using KpiLang.Analysis;
using KpiLang.Compiler;
using KpiLang.Formatting;
using KpiLang.Semantics;
using KpiLang.Sources;
using KpiLang.Syntax;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Formatting;

public sealed class FormatterTests
{
    private const string Messy =
        "// kop\n\n\n\nactor   jan \"Jan\"{niveau:uitvoering // achter de regel\n beïnvloedt : d1 ,d2\n}\n" +
        "doel d1 \"Doel een\" {\n\n  eigenaar: jan\n  /* blok */\n         indicator i1 \"Aantal\" {\n definitie: \"a\"\n   \"b\"\n" +
        "  soort: score 1 .. 10\n   streefwaarde: minimaal 10 in 2026 { disclaimer: \"x\" }\n\n\n }\n}\ndoel d2 \"D2\" {}";

    private const string Canonical =
        "// kop\n\nactor jan \"Jan\" {\n    niveau: uitvoering // achter de regel\n    beïnvloedt: d1, d2\n}\n" +
        "doel d1 \"Doel een\" {\n    eigenaar: jan\n    /* blok */\n    indicator i1 \"Aantal\" {\n        definitie: \"a\"\n                   \"b\"\n" +
        "        soort: score 1..10\n        streefwaarde: minimaal 10 in 2026 {\n            disclaimer: \"x\"\n        }\n    }\n}\ndoel d2 \"D2\" {\n}\n";

    [Fact]
    public void The_forms_of_indicator_tables_format_canonically_and_stay_put()
    {
        const string tableForms =
            "kengetal halt \"Verwijzingen Halt\" {\n    code: \"BBV 6.1\"\n    soort: aantal per 10.000 jongeren\n    raming: 2.900 in 2026\n}\n" +
            "indicator uitstroom \"Uitstroom naar werk\" {\n    soort: percentage\n    uitsplitsing: regeling\n    norm: binnen 8 weken na \"de melding\"\n" +
            "    streefwaarde: 64,3 in Q3 2026\n    streefwaarde: gemiddeld minimaal 60 % voor jongeren eind 2026\n" +
            "    streefwaarde: toename schooljaar 2025-2026\n    streefwaarde: hoger dan vorige periode medio 2027\n}\n";
        var messy = tableForms.Replace("schooljaar 2025-2026", "schooljaar 2025 -2026").Replace("    code", "  code");

        var result = KpiFormatter.Format(SyntaxTree.Parse(messy, "t.kpi"));

        Assert.False(result.Refused);
        Assert.Equal(tableForms, result.Text);
        Assert.Equal(tableForms, KpiFormatter.Format(SyntaxTree.Parse(tableForms, "t.kpi")).Text);
    }

    public static TheoryData<string> Samples() => [.. SourceLoader.FindFiles([Repository.Samples]).Select(f => Path.GetRelativePath(Repository.Samples, f))];

    [Fact]
    public void A_messy_file_gets_the_canonical_layout_with_its_comments()
    {
        var result = KpiFormatter.Format(SyntaxTree.Parse(Messy, "m.kpi"));
        Assert.False(result.Refused);
        Assert.Equal(Canonical, result.Text);
        Assert.True(result.Changed);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Formatting_a_sample_is_idempotent_and_keeps_its_meaning(string sample)
    {
        var path = Path.Combine(Repository.Samples, sample);
        var folder = Path.GetDirectoryName(path)!;
        var files = SourceLoader.FindFiles([folder]);
        var before = files.Select(f => SyntaxTree.Parse(File.ReadAllText(f), f)).ToList();
        var once = before.Select(t => KpiFormatter.Format(t)).ToList();
        Assert.All(once, r => Assert.False(r.Refused));
        var after = once.Select((r, i) => SyntaxTree.Parse(r.Text, files[i])).ToList();
        var twice = after.Select(t => KpiFormatter.Format(t)).ToList();
        Assert.All(twice, r => Assert.False(r.Changed));

        var options = new CompilationOptions(folder, new DateOnly(2025, 6, 1)) { Files = PhysicalFileProvider.Instance };
        var compiledBefore = Compilation.Create(before, options);
        var compiledAfter = Compilation.Create(after, options);
        Assert.Equal(SymbolPrinter.Print(compiledBefore.Symbols), SymbolPrinter.Print(compiledAfter.Symbols));
        Assert.Equal(Checker.Check(compiledBefore, CheckOptions.Default).Select(d => $"{d.Code} {d.GetMessage()}"),
            Checker.Check(compiledAfter, CheckOptions.Default).Select(d => $"{d.Code} {d.GetMessage()}"));
    }

    [Fact]
    public void A_file_with_syntax_errors_is_left_unchanged_with_the_reason()
    {
        const string broken = "doel d1 \"x\" {\n  eigenaar\n}\n";
        var result = KpiFormatter.Format(SyntaxTree.Parse(broken, "b.kpi"));
        Assert.True(result.Refused);
        Assert.Equal(broken, result.Text);
        Assert.Contains("syntax", result.RefusedBecause!.En);
    }

    [Fact]
    public void Windows_line_endings_are_kept()
    {
        var result = KpiFormatter.Format(SyntaxTree.Parse("actor jan \"Jan\" {\r\nniveau: uitvoering\r\n}\r\n", "w.kpi"));
        Assert.Equal("actor jan \"Jan\" {\r\n    niveau: uitvoering\r\n}\r\n", result.Text);
    }

    [Fact]
    public void Format_check_exits_1_and_lists_the_file_then_format_writes_it_and_check_passes()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kpi-format-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "m.kpi");
            File.WriteAllText(file, Messy);

            var check = CliRunner.Run("format", "--check", file);
            Assert.Equal(1, check.ExitCode);
            Assert.Contains("m.kpi", check.Output);
            Assert.Equal(Messy, File.ReadAllText(file));

            Assert.Equal(0, CliRunner.Run("format", file).ExitCode);
            Assert.Equal(Canonical, File.ReadAllText(file));
            Assert.Equal(0, CliRunner.Run("format", "--check", file).ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Format_reports_a_file_with_syntax_errors_and_exits_1()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kpi-format-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "b.kpi");
            File.WriteAllText(file, "doel d1 \"x\" {\n  eigenaar\n}\n");
            var run = CliRunner.Run("format", "--lang", "en", file);
            Assert.Equal(1, run.ExitCode);
            Assert.Contains("not formatted: the file has syntax errors", run.Error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
