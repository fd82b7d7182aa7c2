using System.Text;
using System.Text.Json;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Tables;

/// <summary>
/// <c>kpic convert</c> as a user meets it: the summary and the findings of the result, exit codes, errors with file,
/// line and column for a table it cannot read (Dutch, or English under --taal en), encodings as Excel writes them,
/// never overwriting an existing file unless asked, and --format json for tools.
/// </summary>
public class ConvertCommandTests
{
    private const string Tilburg = "indicator;soort;streefwaarde;periode;product/dienst;realisatie 2016\n"
        + "% behandeling binnen 2 werkdagen;Servicenorm/indicator;85%;2016;E-mails;88%\n";

    [Fact]
    public void A_conversion_prints_what_it_did_then_the_findings_as_check_does_and_exits_zero()
    {
        var run = ConvertRun.Of(Tilburg);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.ReplaceLineEndings("\n").Split('\n');
        Assert.Equal("tabel.csv → spec.kpi: 1 indicator, 1 met een streefwaarde (1 streefwaarde); 3 cellen letterlijk in toelichting.", lines[0]);
        Assert.Contains("spec.kpi(5,11): waarschuwing KPI120: indicator 'behandeling_binnen_2_werkdagen' heeft geen eigenaar; "
            + "zet 'eigenaar:' met de actor die hem kan beïnvloeden", lines);
        Assert.Matches(@"^0 fouten, \d+ waarschuwingen, \d+ info in 1 bestand\.$", lines[^2]);
        Assert.Equal("", run.Error);
        Assert.Equal("""
            // regel 2
            indicator behandeling_binnen_2_werkdagen "% behandeling binnen 2 werkdagen" {
                soort: percentage // afgeleid uit "%" aan het begin van de indicatortekst
                streefwaarde: 85 % in 2016
                toelichting: "soort: Servicenorm/indicator | product/dienst: E-mails | realisatie 2016: 88%"
            }

            """, run.Body);
    }

    [Fact]
    public void The_result_is_what_kpic_check_and_kpic_format_see()
    {
        using var folder = new TempFolder();
        var table = folder.Write("tabel.csv", Tilburg);
        var spec = Path.Combine(folder.Path, "spec.kpi");
        var converted = CliRunner.Run("convert", table, "-o", spec, "--vandaag", ConvertRun.Today);
        var checkedOutput = CliRunner.Run("check", spec, "--vandaag", ConvertRun.Today).Output;
        Assert.EndsWith(checkedOutput, converted.Output, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("format", "--check", spec).ExitCode);
    }

    [Fact]
    public void English_on_request_for_messages_and_notes()
    {
        var run = ConvertRun.Of(Tilburg, "--taal", "en");
        Assert.StartsWith("tabel.csv → spec.kpi: 1 indicator, 1 with a target (1 target); 3 cells kept verbatim in toelichting.", run.Output);
        Assert.Contains("soort: percentage // inferred from \"%\" at the start of the indicator text", run.Lines);
        Assert.Contains("// line 2", run.Body);
    }

    [Fact]
    public void An_existing_output_is_never_overwritten_without_overschrijf()
    {
        using var folder = new TempFolder();
        var table = folder.Write("tabel.csv", Tilburg);
        var spec = folder.Write("spec.kpi", "// mijn eigen werk\n");
        var refused = CliRunner.Run("convert", table, "-o", spec);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"kpic: '{spec}' bestaat al en wordt niet overschreven; kies een andere naam of voeg --overschrijf toe.\n",
            refused.Error.ReplaceLineEndings("\n"));
        Assert.Equal("// mijn eigen werk\n", File.ReadAllText(spec));

        Assert.Equal(0, CliRunner.Run("convert", table, "-o", spec, "--overschrijf").ExitCode);
        Assert.Contains("streefwaarde: 85 % in 2016", File.ReadAllText(spec));
        Assert.Equal(0, CliRunner.Run("convert", table, "-o", spec, "--overwrite").ExitCode);
    }

    [Theory]
    [InlineData("spec.txt", "kpic: 'spec.txt' eindigt niet op .kpi; kpic check en kpic build lezen alleen .kpi-bestanden.")]
    [InlineData("geen-map/spec.kpi", "kpic: kan 'geen-map/spec.kpi' niet schrijven: de map bestaat niet.")]
    public void A_wrong_output_is_a_usage_error(string output, string expected)
    {
        using var folder = new TempFolder();
        var table = folder.Write("tabel.csv", Tilburg);
        var run = CliRunner.Run("convert", table, "-o", Path.Combine(folder.Path, output));
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected + "\n", run.Error.ReplaceLineEndings("\n").Replace(folder.Path + Path.DirectorySeparatorChar, ""));
    }

    [Fact]
    public void A_missing_table_is_a_usage_error()
    {
        var run = CliRunner.Run("convert", "bestaat-niet.csv", "-o", "x.kpi");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("kpic: het bestand 'bestaat-niet.csv' bestaat niet.\n", run.Error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("naam;streefwaarde\nA;5\n", "tabel.csv:1:1: de kopregel heeft geen kolom 'indicator'; gevonden: 'naam', 'streefwaarde'.")]
    [InlineData("A;5\nB;6\n", "tabel.csv:1:1: de kopregel heeft geen kolom 'indicator'; gevonden: 'A', '5'.")]
    [InlineData("", "tabel.csv:1: het bestand is leeg; de eerste regel moet de kolomnamen bevatten (minstens 'indicator').")]
    [InlineData("indicator;streefwaarde\n", "tabel.csv:2: de tabel heeft na de kopregel geen rijen om om te zetten.")]
    [InlineData("indicator;streefwaarde\nA;5\nB;6;7\n", "tabel.csv:3:5: deze regel heeft 3 velden, de kopregel 2; hier begint het eerste veld te veel.")]
    [InlineData("indicator;streefwaarde\nA;5\n;6\n", "tabel.csv:3:1: deze regel heeft cellen maar geen indicatortekst; vul de kolom 'indicator' in of haal de regel weg.")]
    [InlineData("indicator;streefwaarde\nA;\"5\nB;6\n", "tabel.csv:2:3: hier begint een veld met een aanhalingsteken (\") dat nergens wordt gesloten")]
    public void A_table_it_cannot_read_is_refused_with_file_line_and_column(string csv, string expected)
    {
        var run = ConvertRun.Of(csv);
        Assert.Equal(1, run.ExitCode);
        Assert.Null(run.Kpi);
        var lines = run.Error.ReplaceLineEndings("\n").Split('\n');
        Assert.StartsWith(expected, lines[0]);
        Assert.StartsWith("kpic: 1 fout in de tabel; er is niets geschreven.", lines[1]);
    }

    [Fact]
    public void Table_errors_in_english_and_in_json()
    {
        var english = ConvertRun.Of("indicator;streefwaarde\nA;5;6\n", "--taal", "en");
        Assert.StartsWith("tabel.csv:2:5: this line has 3 fields, the header line 2; the first field too many starts here.", english.Error);
        var json = JsonDocument.Parse(ConvertRun.Of("indicator;streefwaarde\nA;5;6\n", "--format", "json").Output).RootElement;
        var error = json.GetProperty("errors")[0];
        Assert.Equal((2, 5), (error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32()));
    }

    [Fact]
    public void Empty_lines_short_rows_and_comma_separated_tables_are_read()
    {
        var run = ConvertRun.Of("Indicator , Streefwaarde,Periode\n\n\"Aantal meldingen, totaal\",\"2.600\"\n% tevreden\n");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("streefwaarde: 2.600", run.Lines);
        Assert.Contains("indicator tevreden \"% tevreden\" {", run.Lines);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("windows-1252")]
    public void Tables_as_Excel_saves_them_keep_every_character(string encoding)
    {
        const string text = "indicator;bron\nCliënten met één loket;Enquête\n";
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            _ => [.. text.Select(c => c switch { 'ë' => (byte)0xEB, 'é' => (byte)0xE9, 'ê' => (byte)0xEA, _ => (byte)c })],
        };
        var run = ConvertRun.Of(bytes);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("indicator clienten_loket \"Cliënten met één loket\" {", run.Lines);
        Assert.Contains("bron: \"Enquête\"", run.Lines);
        // As kpic import says it: a file that was not UTF-8 is named with the encoding it was read in.
        Assert.Equal(encoding switch
        {
            "utf-8-bom" => "",
            "utf-16le" => "kpic: tabel.csv is gelezen als UTF-16 (little endian, met BOM) en omgezet naar UTF-8.\n",
            _ => "kpic: tabel.csv is gelezen als Windows-1252 (zoals Excel 'CSV (gescheiden door lijstscheidingsteken)' schrijft) en omgezet naar UTF-8.\n",
        }, run.Error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_same_table_always_gives_the_same_specification()
    {
        var table = File.ReadAllBytes(Path.Combine(CorpusTable.Folder, "zwolle-begroting-2017.csv"));
        Assert.Equal(ConvertRun.Of(table).Kpi, ConvertRun.Of(table).Kpi);
    }

    [Fact]
    public void Bytes_that_are_no_text_are_refused_naming_the_line()
    {
        var run = ConvertRun.Of([.. Encoding.UTF8.GetBytes("indicator\nEnqu"), 0xEA, .. Encoding.UTF8.GetBytes("te één\n")]);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("tabel.csv:2: deze regel is geen UTF-8, terwijl andere regels dat wel zijn", run.Error);
    }

    [Fact]
    public void Json_gives_the_rows_what_went_to_toelichting_and_the_findings()
    {
        var run = ConvertRun.Of(Tilburg, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        var json = JsonDocument.Parse(run.Output).RootElement;
        var row = json.GetProperty("rows")[0];
        Assert.Equal(2, row.GetProperty("line").GetInt32());
        Assert.Equal("behandeling_binnen_2_werkdagen", row.GetProperty("name").GetString());
        Assert.Equal("% behandeling binnen 2 werkdagen", row.GetProperty("title").GetString());
        Assert.Equal(["85 % in 2016"], row.GetProperty("targets").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("afgeleid uit \"%\" aan het begin van de indicatortekst",
            row.GetProperty("properties").EnumerateArray().Single(p => p.GetProperty("key").GetString() == "soort").GetProperty("note").GetString());
        Assert.Equal(["soort: Servicenorm/indicator", "product/dienst: E-mails", "realisatie 2016: 88%"],
            row.GetProperty("explanation").EnumerateArray().Select(e => $"{e.GetProperty("column").GetString()}: {e.GetProperty("cell").GetString()}"));
        var summary = json.GetProperty("summary");
        Assert.Equal((1, 1, 1, 3, 0), (summary.GetProperty("rows").GetInt32(), summary.GetProperty("rowsWithTarget").GetInt32(),
            summary.GetProperty("targets").GetInt32(), summary.GetProperty("cellsInExplanation").GetInt32(), summary.GetProperty("errors").GetInt32()));
        Assert.Contains(json.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("code").GetString() == "KPI120");
    }

    [Fact]
    public void A_value_the_language_refuses_goes_back_to_toelichting_with_the_reason()
    {
        // The table says the kind is a percentage, and also a target of 120 %: the language refuses a percentage above
        // 100 (KPL0108) and a date that does not exist (KPL0107), so the target and the periode that gave its term are
        // kept as the table wrote them, and a comment says why.
        var run = ConvertRun.Of("indicator;eenheid;streefwaarde;periode\nBudgetuitputting;%;120%;uiterlijk 2030-02-30\n");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("""
            // regel 2
            indicator budgetuitputting "Budgetuitputting" {
                // streefwaarde staat letterlijk in toelichting, want: 120 % ligt buiten 0–100 %
                soort: percentage
                toelichting: "streefwaarde: 120% | periode: uiterlijk 2030-02-30"
            }

            """, run.Body);
    }
}
