using KpiLang.Diagnostics;

namespace KpiLang.Tests.Rules;

/// <summary>Every message reads as a whole sentence, quotes the user's own words and numbers, and points the right way.</summary>
public class RuleMessageTests
{
    [Fact]
    public void A_specification_without_any_review_is_said_in_one_plain_sentence()
    {
        var finding = RuleChecker.Check("""indicator a "Aantal meldingen" { soort: aantal }""").Single(d => d.Code == "KPI131");

        Assert.StartsWith("deze specificatie heeft voor geen enkele indicator een herijking; zet 'herijking:", finding.GetMessage(Language.Nl));
        Assert.StartsWith("this specification reviews none of its indicators; add 'herijking:", finding.GetMessage(Language.En));
    }

    [Theory]
    [InlineData("richting: lager\n streefwaarde: maximaal 40 in 2026", "maximaal nulmeting")]
    [InlineData("richting: hoger\n streefwaarde: minimaal 20 in 2026", "minimaal nulmeting")]
    public void Advice_for_a_target_the_baseline_already_meets_points_the_way_the_target_compares(string members, string advice)
    {
        var finding = RuleChecker.Check($$"""
            indicator a "Aantal voortijdig schoolverlaters" {
                soort: aantal
                nulmeting: 30 in 2024
                {{members}}
            }
            """).Single(d => d.Code == "KPI104");

        Assert.Contains($"schrijf '{advice}' als vasthouden het doel is", finding.GetMessage(Language.Nl));
    }

    [Fact]
    public void A_target_is_quoted_as_written_with_its_Dutch_numbers()
    {
        var finding = RuleChecker.Check("""
            indicator a "Percentage trajecten met een plan" {
                soort: percentage
                nulmeting: 72,5 % in 2024
                streefwaarde: minimaal 64,3 % in 2026
            }
            """).Single(d => d.Code == "KPI104");

        Assert.Contains("'minimaal 64,3 % in 2026'", finding.GetMessage(Language.Nl));
        Assert.Contains("de nulmeting (72,5 %) haalt hem al", finding.GetMessage(Language.Nl));
        Assert.Contains("the baseline (72.5 %) already meets it", finding.GetMessage(Language.En));
    }

    [Fact]
    public void A_vague_word_is_quoted_in_the_form_the_text_has()
    {
        var finding = RuleChecker.Check("""indicator a "Minder problematische schulden" { soort: aantal }""").Single(d => d.Code == "KPI101");

        Assert.Contains("'Minder'", finding.GetMessage(Language.Nl));
        Assert.DoesNotContain("'minder'", finding.GetMessage(Language.Nl));
    }
}
