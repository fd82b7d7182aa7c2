using System.Text;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Schema;

/// <summary>
/// CSV files as Dutch offices save them, byte for byte: UTF-8 with or without BOM, UTF-16 with BOM and Excel's
/// Windows-1252. Each is converted (with a notice when it is not UTF-8) or refused naming the line; U+FFFD is
/// never stored.
/// </summary>
public class ImportEncodingTests
{
    private const string Header = "indicator;periode_begin;periode_eind;uitsplitsing;tekst\n";

    private static byte[] Latin(string text) => [.. text.Select(c => (byte)c)];

    private static (TempFolder Folder, string Database, string File) Write(byte[] bytes)
    {
        var (folder, database) = SchemaTestKit.BuildSample("resv");
        var file = Path.Combine(folder.Path, "metingen.csv");
        File.WriteAllBytes(file, bytes);
        return (folder, database, file);
    }

    [Fact]
    public void Excel_windows_1252_is_converted_with_a_notice()
    {
        // "Enquête" as Excel's "CSV (gescheiden door lijstscheidingsteken)" writes it: ê is the single byte 0xEA.
        var (folder, database, file) = Write([.. Latin(Header + "ervaren_samenhang;2025-01-01;2025-06-30;Noord;Enqu"), 0xEA, .. Latin("te: ruim 80 % is positief\n")]);
        using var _ = folder;
        var (code, output, error) = CliRunner.Run("import", file, "--db", database);
        Assert.True(code == 0, output + error);
        Assert.Equal($"kpic: {file} is gelezen als Windows-1252 (zoals Excel 'CSV (gescheiden door lijstscheidingsteken)' schrijft) en omgezet naar UTF-8.\n",
            error.ReplaceLineEndings("\n"));
        Assert.Equal("Enquête: ruim 80 % is positief|456E7175C3AA74653A\n",
            SqliteShell.Query(database, "SELECT tekst, hex(substr(tekst, 1, 8)) FROM meting;"));
        Assert.Equal("0\n", SqliteShell.Query(database, "SELECT COUNT(*) FROM meting WHERE instr(tekst, char(65533)) > 0;"));

        var english = Write([.. Latin(Header + "ervaren_samenhang;2025-01-01;2025-06-30;Noord;Enqu"), 0xEA, .. Latin("te\n")]);
        using var __ = english.Folder;
        Assert.Contains("was read as Windows-1252", CliRunner.Run("import", english.File, "--db", english.Database, "--lang", "en").Error);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-8")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Unicode_files_keep_every_character(string encoding)
    {
        var text = Header + "ervaren_samenhang;2025-01-01;2025-06-30;Noord;Enquête: één loket, cliënt € 12\n";
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            _ => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        };
        var (folder, database, file) = Write(bytes);
        using var _ = folder;
        var (code, output, error) = CliRunner.Run("import", file, "--db", database);
        Assert.True(code == 0, output + error);
        Assert.Equal("Enquête: één loket, cliënt € 12\n", SqliteShell.Query(database, "SELECT tekst FROM meting;"));
        if (encoding.StartsWith("utf-16", StringComparison.Ordinal)) Assert.Contains("is gelezen als UTF-16", error);
        else Assert.Equal("", error);
    }

    public static TheoryData<byte[], string> Refused => new()
    {
        // UTF-8 on line 2, a Windows-1252 ê on line 3: two files pasted together.
        { [.. Encoding.UTF8.GetBytes(Header + "ervaren_samenhang;2025-01-01;2025-06-30;Noord;Enquête\nervaren_samenhang;2025-01-01;2025-06-30;Zuid;Enqu"), 0xEA, .. Latin("te\n")],
            "metingen.csv:3: deze regel is geen UTF-8, terwijl andere regels dat wel zijn" },
        // 0x81 is not a character in Windows-1252 either.
        { [.. Latin(Header + "ervaren_samenhang;2025-01-01;2025-06-30;Noord;a\nervaren_samenhang;2025-01-01;2025-06-30;Zuid;"), 0x81, .. Latin("\n")],
            "metingen.csv:3: deze regel bevat bytes die UTF-8 noch Windows-1252 zijn" },
        // UTF-16 without a byte order mark.
        { Encoding.Unicode.GetBytes(Header), "metingen.csv:1: deze regel bevat NUL-bytes: het bestand is waarschijnlijk UTF-16 zonder BOM" },
        // Already damaged by an earlier conversion.
        { Encoding.UTF8.GetBytes(Header + "ervaren_samenhang;2025-01-01;2025-06-30;Noord;Enqu\uFFFDte\n"), "metingen.csv:2: deze regel bevat het vervangingsteken U+FFFD" },
        // A UTF-8 BOM followed by Windows-1252.
        { [0xEF, 0xBB, 0xBF, .. Latin(Header + "ervaren_samenhang;2025-01-01;2025-06-30;Noord;Enqu"), 0xEA, .. Latin("te\n")],
            "metingen.csv:2: het bestand is UTF-8 met BOM, maar deze regel bevat bytes die geen geldige UTF-8 zijn" },
        // An escape sequence would recolour the terminal of whoever reads the text later.
        { Encoding.UTF8.GetBytes(Header + "ervaren_samenhang;2025-01-01;2025-06-30;Noord;\u001b[2Jweg\n"), "metingen.csv:2: deze regel bevat het stuurteken U+001B" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_file_that_cannot_be_read_exactly_is_refused_naming_the_line(byte[] bytes, string expected)
    {
        var (folder, database, file) = Write(bytes);
        using var _ = folder;
        var (code, output, error) = CliRunner.Run("import", file, "--db", database);
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains(expected.Replace("metingen.csv", file, StringComparison.Ordinal), error);
        Assert.Contains("er is niets geladen", error);
        Assert.DoesNotContain("is gelezen als", error);
        Assert.DoesNotContain("\u001b", error);
        Assert.Equal("0\n", SqliteShell.Query(database, "SELECT COUNT(*) FROM meting;"));
    }
}
