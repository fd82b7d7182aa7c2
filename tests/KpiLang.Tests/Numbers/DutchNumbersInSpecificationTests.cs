using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Tests.Cli;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Numbers;

/// <summary>Numbers in a .kpi file are read as Dutch tables write them, or refused: never stored as something else.</summary>
public class DutchNumbersInSpecificationTests
{
    private static IndicatorSymbol Indicator(string members, out KpiLang.Compiler.Compilation compilation)
    {
        compilation = TestCompiler.Compile($$"""
            indicator huishoudens "Aantal huishoudens met problematische schulden" {
              {{members}}
            }
            """);
        return Assert.IsType<IndicatorSymbol>(compilation.GetSymbol("huishoudens"));
    }

    [Fact]
    public void Thousands_separators_give_the_value_a_Dutch_reader_means()
    {
        var indicator = Indicator("""
            soort: aantal
            nulmeting: 2.900 op 2024-01-01
            streefwaarde: maximaal 2.500 in 2026
            """, out var compilation);

        Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        Assert.Equal(2900m, indicator.Baseline!.Value.Value);
        Assert.Equal(2500m, indicator.Targets.Single().Value.Absolute!.Value);
    }

    [Fact]
    public void Millions_in_euro_are_read_whole()
    {
        var indicator = Indicator("""
            soort: bedrag
            streefwaarde: minimaal € 4.000.000 per jaar
            """, out var compilation);

        Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        Assert.Equal(4_000_000m, indicator.Targets.Single().Value.Absolute!.Value);
    }

    [Fact]
    public void A_decimal_point_is_one_error_that_says_how_to_write_it()
    {
        var indicator = Indicator("""
            soort: score 1..10
            nulmeting: 7.5 in 2024
            """, out var compilation);

        var error = Assert.Single(compilation.Diagnostics, d => d.IsError);
        Assert.Equal("KPL0120", error.Code);
        Assert.Equal("'7.5' is geen getal in Nederlandse schrijfwijze: de komma is het decimaalteken en een punt scheidt alleen duizendtallen; schrijf 7,5",
            error.GetMessage(Language.Nl));
        Assert.Equal("'7.5' is not a number in Dutch notation: the comma is the decimal sign and a point only separates thousands; write 7,5",
            error.GetMessage(Language.En));
        Assert.Null(indicator.Baseline);
    }

    [Fact]
    public void Messages_echo_numbers_as_the_user_wrote_them()
    {
        Indicator("""
            soort: score 1..10
            streefwaarde: tussen 7,5 en 6,4 in 2026
            """, out var compilation);

        var error = Assert.Single(compilation.Diagnostics, d => d.Code == "KPL0113");
        Assert.Contains("'tussen 7,5 en 6,4' is leeg", error.GetMessage(Language.Nl));
    }

    [Fact]
    public void Check_fails_on_an_English_decimal_point_and_names_file_line_and_column()
    {
        using var folder = new TempFolder();
        var file = folder.Write("tevredenheid.kpi", """
            indicator tevredenheid "Gemiddeld rapportcijfer" {
                soort: score 1..10
                nulmeting: 6.8 in 2024
            }
            """);

        var (exit, output, _) = CliRunner.Run("check", file);

        Assert.Equal(1, exit);
        Assert.Contains("tevredenheid.kpi(3,16): fout KPL0120: '6.8' is geen getal in Nederlandse schrijfwijze", output);
        Assert.Contains("schrijf 6,8", output);
    }
}
