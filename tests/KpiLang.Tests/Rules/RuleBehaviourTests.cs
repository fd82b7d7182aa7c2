using KpiLang.Analysis;
using KpiLang.Diagnostics;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Rules;

/// <summary>What the rules do beyond their documented examples: quick fixes, exemptions, settings, cancellation.</summary>
public class RuleBehaviourTests
{
    private static string Apply(Diagnostic diagnostic)
    {
        var fix = Assert.IsType<CodeFix>(diagnostic.Fix);
        var edit = Assert.Single(fix.Edits);
        return edit.Source.WithChange(edit.Span, edit.NewText).Text;
    }

    [Fact]
    public void The_disclaimer_fix_adds_a_block_that_silences_the_rule()
    {
        const string text = """
            indicator slaging "Slagingspercentage van minnelijke trajecten" {
                streefwaarde: minimaal 95 % vanaf 2024
            }
            """;
        var finding = RuleChecker.Check(text).Single(d => d.Code == "KPI138");
        var fixedText = Apply(finding);
        Assert.Contains("disclaimer: \"Dit is afhankelijk van de sociaal/maatschappelijke ontwikkeling", fixedText);
        var after = RuleChecker.Check(fixedText);
        Assert.DoesNotContain(after, d => d.Code == "KPI138" || d.IsError);
    }

    [Fact]
    public void The_disclaimer_fix_also_works_inside_an_existing_block()
    {
        const string text = """
            actor wethouder "Wethouder" { niveau: strategisch }
            indicator slaging "Slagingspercentage van minnelijke trajecten" {
                streefwaarde: minimaal 95 % vanaf 2024 {
                    afgesproken met: wethouder
                }
            }
            """;
        var after = RuleChecker.Check(Apply(RuleChecker.Check(text).Single(d => d.Code == "KPI138")));
        Assert.DoesNotContain(after, d => d.Code == "KPI138" || d.IsError);
    }

    [Fact]
    public void The_owner_fix_takes_the_owner_of_the_effort_above()
    {
        const string text = """
            actor team "Team" { niveau: uitvoering  beïnvloedt: aanpak }
            doel schulden "Schulden" {
                inspanning aanpak "Aanpak" {
                    eigenaar: team
                    indicator ontruimingen "Aantal ontruimingen" {
                        soort: aantal
                    }
                }
            }
            """;
        var finding = RuleChecker.Check(text).Single(d => d.Code == "KPI120");
        var fixedText = Apply(finding);
        Assert.Contains("eigenaar: team", fixedText[fixedText.IndexOf("indicator", StringComparison.Ordinal)..]);
        Assert.DoesNotContain(RuleChecker.Check(fixedText), d => d.Code is "KPI120" or "KPI122" || d.IsError);
    }

    [Fact]
    public void The_overdue_review_fix_moves_the_date_one_cycle_after_today()
    {
        const string text = """
            organisatie g "Gemeente" {
                herijking: jaarlijks, volgende 2020-01-15
            }
            """;
        var fixedText = Apply(RuleChecker.Check(text).Single(d => d.Code == "KPI132"));
        Assert.Contains("volgende 2026-06-01", fixedText); // today in tests is 2025-06-01
    }

    [Fact]
    public void Replaced_indicators_are_history_and_not_judged_or_counted()
    {
        const string text = """
            indicator oud "Aantal overleggen" { soort: aantal }
            indicator nieuw "Waardering van de overleggen" {
                vervangt: oud per 2025-01-01 omdat "het aantal zegt te weinig"
                soort: score 1..10
            }
            """;
        var findings = RuleChecker.Check(text);
        Assert.DoesNotContain(findings, d => d.GetMessage().Contains("'oud'", StringComparison.Ordinal));
    }

    [Fact]
    public void Acceptance_criteria_make_an_indicator_deliberately_not_smart()
    {
        const string text = """
            indicator samenhang "Ervaren samenhang in de ondersteuning" {
                soort: kwalitatief
                methode: interview
                bron: "Interviews"
                acceptatiecriteria:
                    - "Elk wijkverband haalt ieder halfjaar ervaringen op."
            }
            """;
        Assert.DoesNotContain(RuleChecker.Codes(text), c => c is "KPI101" or "KPI130" or "KPI104" or "KPI105");
    }

    [Fact]
    public void The_jump_factor_is_configurable()
    {
        const string text = """
            indicator deelnemers "Aantal deelnemers aan het taalcafé" {
                soort: aantal
                nulmeting: 40 in 2024
                streefwaarde: minimaal 100 in 2026
            }
            """;
        Assert.DoesNotContain("KPI104", RuleChecker.Codes(text));
        Assert.Contains("KPI104", RuleChecker.Codes(text, RuleChecker.WithSetting("KPI104", "sprongfactor", 2)));
    }

    [Fact]
    public void An_owner_claiming_a_strategic_goal_from_the_work_floor_is_doubted_but_named_influence_is_trusted()
    {
        const string claimed = """
            actor team "Team" { niveau: uitvoering  beïnvloedt: armoede }
            doel armoede "Minder armoede" {
                niveau: strategisch
                indicator schulden "Aantal huishoudens met problematische schulden" { eigenaar: team }
            }
            """;
        Assert.Contains("KPI122", RuleChecker.Codes(claimed));
        Assert.DoesNotContain("KPI122", RuleChecker.Codes(claimed.Replace("beïnvloedt: armoede", "beïnvloedt: schulden", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_story_less_specification_hears_it_once()
    {
        const string text = """
            organisatie g "Gemeente" { herijking: jaarlijks, volgende 2099-01-01 }
            doel d "Doel" {
                inspanning a "A" { indicator x "X" { soort: aantal } }
                inspanning b "B" { indicator y "Y" { soort: aantal } }
            }
            """;
        Assert.Single(RuleChecker.Codes(text), c => c == "KPI133");
    }

    [Fact]
    public void Checking_honours_cancellation()
    {
        var compilation = TestCompiler.Compile("""indicator a "A" { soort: aantal }""");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => Checker.Check(compilation, CheckOptions.Default, cancelled.Token));
    }

    [Fact]
    public void English_messages_exist_for_rule_findings()
    {
        var finding = RuleChecker.Check("""indicator a "Verbeteren van de jeugdhulp" { soort: aantal }""").Single(d => d.Code == "KPI101");
        Assert.Contains("is not specific", finding.GetMessage(Language.En));
        Assert.Contains("'Verbeteren' describes an activity", finding.GetMessage(Language.En));
    }
}
