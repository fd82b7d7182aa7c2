using System.Text.Json;

namespace KpiLang.Tests.Cli;

public class CheckCommandTests
{
    private const string Valid = """
        actor wethouder "Wethouder" { niveau: strategisch }
        """;

    private const string ThreeMistakes = """
        doel a "A" {
          indicator b "B" {
            eigenaar wethouder
            laag: impakt
            streefwaarde: minimaal 120 %
          }
        }
        actor wethouder "Wethouder" { niveau: strategisch }
        """;

    [Fact]
    public void Valid_specification_exits_zero()
    {
        using var folder = new TempFolder();
        folder.Write("ok.kpi", Valid);
        var (code, output, _) = CliRunner.Run("check", folder.Path);
        Assert.Equal(0, code);
        Assert.Contains("0 fouten", output);
    }

    [Fact]
    public void Errors_exit_one_and_show_file_line_column_and_a_caret()
    {
        using var folder = new TempFolder();
        var file = folder.Write("fout.kpi", ThreeMistakes);
        var (code, output, _) = CliRunner.Run("check", file);
        Assert.Equal(1, code);
        Assert.Contains("fout.kpi(3,5): fout KPL0001: verwacht ':' na sleutelwoord 'eigenaar'", output);
        Assert.Contains("fout.kpi(4,11): fout KPL0106", output);
        Assert.Contains("fout.kpi(5,28): fout KPL0108", output);
        Assert.Contains("    |     ^^^^^^^^", output);
        Assert.DoesNotContain("\u001b[", output); // no colour when not on a terminal
    }

    [Fact]
    public void English_messages_on_request()
    {
        using var folder = new TempFolder();
        var file = folder.Write("fout.kpi", ThreeMistakes);
        var (_, output, _) = CliRunner.Run("check", file, "--lang", "en");
        Assert.Contains("error KPL0001: expected ':' after keyword 'eigenaar'", output);
        Assert.Contains("3 errors", output);
    }

    [Fact]
    public void Msbuild_format_is_canonical()
    {
        using var folder = new TempFolder();
        var file = folder.Write("fout.kpi", ThreeMistakes);
        var (_, output, _) = CliRunner.Run("check", file, "--format", "msbuild");
        Assert.Matches(@"fout\.kpi\(3,5,3,13\): error KPL0001: ", output);
    }

    [Fact]
    public void Warnings_fail_the_run_only_under_warnaserror()
    {
        using var folder = new TempFolder();
        folder.Write("lib.kpi", Valid);
        folder.Write("spec.kpi", "importeer \"lib.kpi\"\nimporteer \"lib.kpi\"\n");
        Assert.Equal(0, CliRunner.Run("check", folder.Path).ExitCode);
        Assert.Equal(1, CliRunner.Run("check", folder.Path, "--warnaserror").ExitCode);
    }

    [Theory]
    [InlineData("check", "bestaat-niet.kpi")]
    [InlineData("check", "--format", "xml", ".")]
    [InlineData("check", "--today", "gisteren", ".")]
    [InlineData("onbekend")]
    public void Usage_errors_exit_two(params string[] args)
    {
        Assert.Equal(2, CliRunner.Run(args).ExitCode);
    }

    [Fact]
    public void Help_and_version_work()
    {
        var help = CliRunner.Run("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("check", help.Output);
        var version = CliRunner.Run("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Output);
    }

    [Fact]
    public void Json_output_has_one_object_per_finding()
    {
        using var folder = new TempFolder();
        var file = folder.Write("fout.kpi", ThreeMistakes);
        var (_, output, _) = CliRunner.Run("check", file, "--format", "json");
        using var json = JsonDocument.Parse(output);
        // The three language errors; the rules add warnings about the same indicator.
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error").ToList();
        Assert.Equal(3, diagnostics.Count);
        Assert.Equal(3, diagnostics[0].GetProperty("line").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Sarif_output_follows_the_2_1_0_structure()
    {
        using var folder = new TempFolder();
        var file = folder.Write("fout.kpi", ThreeMistakes);
        var (_, output, _) = CliRunner.Run("check", file, "--format", "sarif");
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "KPL0001");
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count(r => r.GetProperty("level").GetString() == "error"));
        foreach (var result in results)
        {
            var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[ruleIndex].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning", "note", "none" });
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.False(string.IsNullOrEmpty(location.GetProperty("artifactLocation").GetProperty("uri").GetString()));
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
        }
    }
}
