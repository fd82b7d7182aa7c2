using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Semantics;

/// <summary>What municipal indicator tables say, said in the language: each form with the value it binds to.</summary>
public class IndicatorTableLanguageTests
{
    private static IndicatorSymbol Bind(string members, out KpiLang.Compiler.Compilation compilation, string keyword = "indicator")
    {
        compilation = TestCompiler.Compile($$"""
            {{keyword}} x "Indicator uit een tabel" {
                {{members}}
            }
            """);
        return Assert.IsType<IndicatorSymbol>(compilation.GetSymbol("x"));
    }

    private static IndicatorSymbol BindClean(string members, string keyword = "indicator")
    {
        var indicator = Bind(members, out var compilation, keyword);
        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError).Select(TestCompiler.Describe));
        return indicator;
    }

    [Theory]
    [InlineData("hoger", Comparator.AtLeast)]
    [InlineData("lager", Comparator.AtMost)]
    public void A_bare_target_number_takes_its_comparison_from_the_direction(string direction, Comparator expected)
    {
        var target = BindClean($"soort: percentage\n richting: {direction}\n streefwaarde: 64,3 in 2026").Targets.Single();

        Assert.Equal(expected, target.Comparator);
        Assert.Equal(ComparatorOrigin.FromDirection, target.Origin);
        Assert.Equal(64.3m, target.Value.Absolute!.Value);
    }

    [Fact]
    public void A_bare_target_number_without_a_direction_is_not_guessed()
    {
        var target = BindClean("soort: percentage\n streefwaarde: 64,3 in 2026").Targets.Single();

        Assert.Equal(Comparator.Unstated, target.Comparator);
        Assert.Equal(ComparatorOrigin.Unstated, target.Origin);
        Assert.Null(target.IsMetBy(70m, null));
    }

    [Theory]
    [InlineData("toename", Comparator.GreaterThan)]
    [InlineData("afname", Comparator.LessThan)]
    [InlineData("stabiel", Comparator.Exactly)]
    [InlineData("hoger dan vorige periode", Comparator.GreaterThan)]
    [InlineData("lager dan nulmeting", Comparator.LessThan)]
    [InlineData("gelijk aan vorige periode", Comparator.Exactly)]
    public void Direction_targets_bind_with_their_term_and_name_no_value_to_reach(string written, Comparator expected)
    {
        var target = BindClean($"soort: aantal\n nulmeting: 40 in 2024\n streefwaarde: {written} eind 2026").Targets.Single();

        Assert.Equal(expected, target.Comparator);
        Assert.False(target.HasTargetValue);
        Assert.Equal(new DateOnly(2026, 12, 31), target.TimeBound!.Deadline);
    }

    [Theory]
    [InlineData("eind 2026", null, "2026-12-31")]
    [InlineData("medio 2026", null, "2026-06-30")]
    [InlineData("in Q3 2026", "2026-07-01", "2026-09-30")]
    [InlineData("in juli 2026", "2026-07-01", "2026-07-31")]
    [InlineData("schooljaar 2025-2026", "2025-08-01", "2026-07-31")]
    [InlineData("in schooljaar 2025-2026", "2025-08-01", "2026-07-31")]
    public void Terms_as_tables_write_them(string term, string? start, string end)
    {
        var bound = BindClean($"soort: aantal\n streefwaarde: maximaal 12 {term}").Targets.Single().TimeBound!;

        Assert.Equal(start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), bound.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), bound.End);
    }

    [Fact]
    public void Eind_is_a_term_not_a_unit()
    {
        var target = BindClean("soort: aantal\n streefwaarde: maximaal 12 eind 2026").Targets.Single();

        Assert.Equal(Unit.None, target.Value.Absolute!.Unit);
        Assert.NotNull(target.TimeBound);
    }

    [Theory]
    [InlineData("streefwaarde: maximaal 12 in julli 2026", "KPL0124")]
    [InlineData("streefwaarde: maximaal 12 schooljaar 2025-2027", "KPL0125")]
    public void A_term_that_names_no_period_is_an_error(string target, string code)
    {
        Bind($"soort: aantal\n {target}", out var compilation);
        Assert.Contains(code, compilation.Codes());
    }

    [Fact]
    public void A_rate_has_its_base_and_population()
    {
        var kind = BindClean("soort: aantal per 1.000 inwoners\n streefwaarde: maximaal 4,5 in 2026").IndicatorKind!;

        Assert.Equal(1000m, kind.RateBase);
        Assert.Equal("inwoners", kind.RatePopulation);
        Assert.Equal("aantal per 1000 inwoners", kind.ToString());
        Assert.Equal(1m, BindClean("soort: bedrag per inwoner").IndicatorKind!.RateBase);
    }

    [Fact]
    public void A_rate_on_a_percentage_is_an_error()
    {
        Bind("soort: percentage per 1.000 inwoners", out var compilation);
        Assert.Contains("KPL0128", compilation.Codes());
    }

    [Fact]
    public void A_rate_with_a_percent_target_is_a_unit_mismatch()
    {
        Bind("soort: aantal per 10.000 jongeren\n streefwaarde: maximaal 5 % in 2026", out var compilation);
        Assert.Contains("KPL0109", compilation.Codes());
    }

    [Fact]
    public void Targets_per_group_of_the_breakdown()
    {
        var targets = BindClean("""
            soort: percentage
            uitsplitsing: regeling
            streefwaarde: minimaal 60 % voor jongeren in 2026
            streefwaarde: minimaal 45 % voor ouders in 2026
            streefwaarde: minimaal 30 % voor "Participatiewet" in 2026
            """).Targets;

        Assert.Equal(["jongeren", "ouders", "Participatiewet"], targets.Select(t => t.Group));
        Assert.Equal([60m, 45m, 30m], targets.Select(t => t.Value.Absolute!.Value));
    }

    [Fact]
    public void A_target_per_group_needs_a_breakdown()
    {
        Bind("soort: percentage\n streefwaarde: minimaal 60 % voor jongeren in 2026", out var compilation);
        Assert.Contains("KPL0126", compilation.Codes());
    }

    [Fact]
    public void A_forecast_is_kept_apart_from_targets_and_a_code_is_kept_as_written()
    {
        var indicator = BindClean("""
            code: "BBV 6.1"
            soort: aantal
            raming: 450 in 2025
            raming: 2.900 in 2026
            """);

        Assert.Equal("BBV 6.1", indicator.Code);
        Assert.Empty(indicator.Targets);
        Assert.Equal([450m, 2900m], indicator.Forecasts.Select(f => f.Value.Value));
        Assert.Equal([2025, 2026], indicator.Forecasts.Select(f => f.Year!.Value));
    }

    [Fact]
    public void A_score_without_a_scale_is_accepted()
    {
        var indicator = BindClean("soort: score\n streefwaarde: minimaal 7 in 2026");
        Assert.True(indicator.IndicatorKind!.IsScoreWithoutScale);
    }

    [Fact]
    public void A_service_norm_with_a_share_target()
    {
        var indicator = BindClean("""
            soort: percentage
            norm: binnen 8 weken na "de melding"
            streefwaarde: minimaal 90 % in 2026
            """);

        Assert.Equal(8m, indicator.Norm!.Within.Value);
        Assert.Equal("week", indicator.Norm.Within.Unit.Measure);
        Assert.Equal("de melding", indicator.Norm.After);
    }

    [Fact]
    public void A_norm_must_be_a_duration()
    {
        Bind("soort: percentage\n norm: binnen 8 aanvragen", out var compilation);
        Assert.Contains("KPL0127", compilation.Codes());
    }

    [Theory]
    [InlineData("gemiddeld maximaal 20 werkdagen", TargetStatistic.Average, Comparator.AtMost)]
    [InlineData("steeds binnen 20 werkdagen", TargetStatistic.EveryCase, Comparator.AtMost)]
    [InlineData("maximaal 20 werkdagen", TargetStatistic.None, Comparator.AtMost)]
    public void Average_and_every_case_differ(string written, TargetStatistic statistic, Comparator comparator)
    {
        var target = BindClean($"soort: duur\n eenheid: werkdagen\n streefwaarde: {written} in 2026").Targets.Single();

        Assert.Equal(statistic, target.Statistic);
        Assert.Equal(comparator, target.Comparator);
        Assert.Equal(20m, target.Value.Absolute!.Value);
    }

    [Fact]
    public void Werkdagen_are_not_kalenderdagen()
    {
        Bind("soort: duur\n eenheid: werkdagen\n streefwaarde: maximaal 20 kalenderdagen in 2026", out var compilation);
        Assert.Contains("KPL0109", compilation.Codes());
    }

    [Fact]
    public void A_monitoring_figure_has_no_target()
    {
        var figure = BindClean("soort: aantal per 10.000 inwoners\n bron: \"CBS\"", keyword: "kengetal");
        Assert.True(figure.IsMonitoringFigure);

        Bind("soort: aantal\n streefwaarde: maximaal 5 in 2026", out var compilation, keyword: "kengetal");
        var error = Assert.Single(compilation.Diagnostics, d => d.IsError);
        Assert.Equal("KPL0129", error.Code);
        Assert.Contains("kengetal 'x' heeft geen streefwaarde", error.GetMessage(Language.Nl));
    }
}
