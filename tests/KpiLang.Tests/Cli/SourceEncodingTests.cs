using System.Text;
using KpiLang.Tests.Schema;

namespace KpiLang.Tests.Cli;

/// <summary>A .kpi file saved as "ANSI" is read letter for letter with a notice; bytes that fit nothing are refused by line.</summary>
public class SourceEncodingTests
{
    private const string Spec = "indicator enquete \"Enquête onder cliënten\" {\n    soort: percentage\n}\n";

    [Fact]
    public void A_windows_1252_file_keeps_its_accents_and_says_how_it_was_read()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "ansi.kpi");
        File.WriteAllBytes(file, CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Spec));
        var database = Path.Combine(folder.Path, "kpi.sqlite");

        var (_, output, _) = CliRunner.Run("check", file);
        var (code, _, error) = CliRunner.Run("build", file, "-o", database);

        Assert.Contains("waarschuwing KPL0206: het bestand is opgeslagen als Windows-1252", output);
        Assert.True(code == 0, error);
        Assert.Equal("Enquête onder cliënten\n", SqliteShell.Query(database, "SELECT titel FROM indicator;"));
        Assert.Equal("0\n", SqliteShell.Query(database, "SELECT instr(titel, char(65533)) FROM indicator;"));
    }

    [Fact]
    public void A_file_that_mixes_utf8_with_other_bytes_is_refused_naming_the_line()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "gemengd.kpi");
        var bytes = Encoding.UTF8.GetBytes("indicator a \"Cliënten\" {\n").Concat(new byte[] { (byte)'/', (byte)'/', 0xEA, (byte)'\n', (byte)'}', (byte)'\n' }).ToArray();
        File.WriteAllBytes(file, bytes);

        var (code, output, _) = CliRunner.Run("check", file);

        Assert.Equal(1, code);
        Assert.Contains("fout KPL0205: het bestand kan niet gelezen worden: regel 2:", output);
    }
}
