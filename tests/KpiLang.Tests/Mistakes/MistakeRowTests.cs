using KpiLang.Analysis;
using KpiLang.Semantics;

namespace KpiLang.Tests.Mistakes;

/// <summary>
/// What each row of the mistakes table promises beyond its message: the repaired text is read as meant, so the
/// declaration binds, nothing before the mistake is reported, and no false findings follow from it.
/// </summary>
public class MistakeRowTests
{
    [Fact]
    public void A_misspelled_declaration_keyword_is_read_as_an_indicator_and_nothing_before_it_is_reported()
    {
        var compilation = MistakeCorpus.Compile("declaratie-tikfout.kpi");
        var indicator = Assert.IsType<IndicatorSymbol>(compilation.GetSymbol("uitstroom"));
        Assert.Equal("begeleiding", indicator.Effort?.Name);
        Assert.Equal("team_werk", indicator.Owner?.Name);
        var findings = Checker.Check(compilation, CheckOptions.Default).Where(d => d.Location.Path.EndsWith("declaratie-tikfout.kpi", StringComparison.Ordinal)).ToList();
        Assert.Equal(10, findings.Where(d => d.IsError).Min(d => d.Location.LineSpan.Start.Line)); // the line of 'indicatr'
        Assert.DoesNotContain(findings, d => d.Code == "KPI135"); // the effort has its indicator
    }

    [Fact]
    public void A_title_in_typographic_quotes_binds_with_its_title_and_gives_no_false_findings()
    {
        var compilation = MistakeCorpus.Compile("typografische-aanhalingstekens.kpi");
        var indicator = Assert.IsType<IndicatorSymbol>(compilation.GetSymbol("woningontruimingen"));
        Assert.Equal("Aantal woningontruimingen door huurschuld", indicator.Title);
        Assert.NotNull(indicator.Owner);
        Assert.NotNull(indicator.Baseline);
        Assert.NotNull(indicator.IndicatorKind);
        var codes = Checker.Check(compilation, CheckOptions.Default).Select(d => d.Code).ToList();
        Assert.DoesNotContain("KPI120", codes); // geen eigenaar
        Assert.DoesNotContain("KPI130", codes); // geen nulmeting
    }

    [Theory]
    [InlineData("accolade-ontbreekt.kpi")]
    [InlineData("accolade-ontbreekt-binnen.kpi")]
    public void After_a_missing_brace_the_next_goal_is_not_a_sub_goal(string file)
    {
        var compilation = MistakeCorpus.Compile(file);
        var next = Assert.IsType<GoalSymbol>(compilation.GetSymbol("armoede"));
        Assert.Null(next.Container);
        Assert.Equal("werk", Assert.IsType<EffortSymbol>(compilation.GetSymbol("begeleiding")).Goal?.Name);
    }

    [Fact]
    public void A_forgotten_comma_still_counts_both_actors()
    {
        var indicator = Assert.IsType<IndicatorSymbol>(MistakeCorpus.Compile("komma-vergeten.kpi").GetSymbol("uitstroom"));
        Assert.Equal(["team_werk", "bestuur"], indicator.Discussions.Select(a => a.Actor.Name));
    }

    [Fact]
    public void Keys_and_declaration_keywords_are_names_outside_keyword_position()
    {
        var compilation = MistakeCorpus.Compile("sleutelwoorden-als-naam.kpi");
        foreach (var name in new[] { "bron", "doelgroep", "laag", "soort", "methode", "niveau", "scope", "doel", "effect" })
            Assert.IsType<ActorSymbol>(compilation.GetSymbol(name));
        var indicator = Assert.IsType<IndicatorSymbol>(compilation.GetSymbol("eenheid"));
        Assert.Equal("bron", indicator.Owner?.Name);
        Assert.Equal(7, indicator.Involved.Length);
        Assert.Equal(KpiLang.Syntax.ReferenceValueKind.Year, indicator.Targets.Single().Value.Reference); // 'niveau van 2023' is still the value form
    }

    [Fact]
    public void A_hyphenated_name_is_one_name()
    {
        var compilation = MistakeCorpus.Compile("streepje-in-naam.kpi");
        Assert.IsType<IndicatorSymbol>(compilation.GetSymbol("bijstand-totaal"));
        Assert.Null(compilation.GetSymbol("bijstand"));
    }
}
