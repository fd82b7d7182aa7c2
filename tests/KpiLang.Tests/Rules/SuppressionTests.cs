namespace KpiLang.Tests.Rules;

public class SuppressionTests
{
    private const string NoBaseline = """
        indicator ontruimingen "Aantal woningontruimingen door huurschuld" {
            soort: aantal
        }

        indicator campagnes "Aantal schuldencampagnes" {
            soort: aantal
        }
        """;

    [Fact]
    public void A_suppression_with_a_reason_silences_the_code_for_the_next_declaration_only()
    {
        var findings = RuleChecker.Check("// kpi-negeer KPI130: het brondocument noemt geen beginsituatie\n" + NoBaseline);
        var baselines = findings.Where(d => d.Code == "KPI130").ToList();
        Assert.Single(baselines);
        Assert.Contains("campagnes", baselines[0].GetMessage());
        Assert.DoesNotContain(findings, d => d.Code is "KPI195" or "KPI196" or "KPI197");
    }

    [Fact]
    public void A_file_suppression_silences_the_code_everywhere_in_the_file()
    {
        var codes = RuleChecker.Codes("// kpi-negeer-bestand KPI130: nulmetingen volgen in 2026\n" + NoBaseline);
        Assert.DoesNotContain("KPI130", codes);
        Assert.Contains("KPI131", codes); // other codes still speak
    }

    [Fact]
    public void A_suppression_without_reason_is_reported()
    {
        var findings = RuleChecker.Check("// kpi-negeer KPI130\n" + NoBaseline);
        var finding = Assert.Single(findings, d => d.Code == "KPI195");
        Assert.Equal(0, finding.Location.LineSpan.Start.Line);
    }

    [Fact]
    public void A_suppression_of_an_unknown_or_compiler_code_is_reported()
    {
        Assert.Contains("KPI196", RuleChecker.Codes("// kpi-negeer KPI999: tikfout\n" + NoBaseline));
        var compiler = RuleChecker.Check("// kpi-negeer KPI0102: liever niet\n" + NoBaseline).Single(d => d.Code == "KPI196");
        Assert.Contains("taalfout", compiler.GetMessage());
    }

    [Fact]
    public void A_suppression_that_suppresses_nothing_is_reported()
    {
        var codes = RuleChecker.Codes("""
            // kpi-negeer KPI139: er is geen bekostiging
            indicator ontruimingen "Aantal woningontruimingen door huurschuld" { soort: aantal }
            """);
        Assert.Contains("KPI197", codes);
    }

    [Fact]
    public void A_suppression_before_a_property_covers_only_that_property()
    {
        var findings = RuleChecker.Check("""
            indicator ontruimingen "Aantal woningontruimingen door huurschuld" {
                // kpi-negeer KPI138: de disclaimer staat in het beleidsplan
                streefwaarde: maximaal 10 per jaar in 2025
                streefwaarde: maximaal 8 per jaar in 2026
            }
            """);
        var disclaimers = findings.Where(d => d.Code == "KPI138").ToList();
        Assert.Single(disclaimers);
        Assert.Equal(3, disclaimers[0].Location.LineSpan.Start.Line);
    }

    [Fact]
    public void Several_codes_can_be_suppressed_by_one_comment()
    {
        var codes = RuleChecker.Codes("// kpi-negeer-bestand KPI130, KPI131: voorbeeld\n" + NoBaseline);
        Assert.DoesNotContain("KPI130", codes);
        Assert.DoesNotContain("KPI131", codes);
    }
}
