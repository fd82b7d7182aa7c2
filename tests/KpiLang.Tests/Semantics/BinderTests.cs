using KpiLang.Semantics;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Semantics;

public class BinderTests
{
    private const string Actors = """
        actor wethouder "Wethouder" { niveau: strategisch beïnvloedt: schuldhulp }
        actor teamleider "Teamleider schuldhulp" { niveau: tactisch }
        """;

    [Fact]
    public void Indicator_properties_are_bound_to_typed_values()
    {
        var compilation = TestCompiler.Compile(Actors + """
            doel schuldhulp "Schuldhulp" {
              indicator slagingspercentage "Slagingspercentage minnelijke trajecten" {
                laag: impact
                soort: percentage
                methode: registratie
                frequentie: 2 keer per jaar
                eigenaar: teamleider
                bespreking: wethouder halfjaarlijks
                nulmeting: 88 % in 2023
                streefwaarde: minimaal 95 % uiterlijk 2026-12-31 {
                  disclaimer: "Afhankelijk van de sociaal-maatschappelijke ontwikkeling."
                  afgesproken met: wethouder
                }
              }
            }
            """);

        Assert.Empty(compilation.Diagnostics);
        var indicator = Assert.IsType<IndicatorSymbol>(compilation.GetSymbol("slagingspercentage"));
        Assert.Equal(Layer.Impact, indicator.Layer);
        Assert.Equal(IndicatorKindType.Percentage, indicator.IndicatorKind!.Type);
        Assert.Equal(2m, indicator.Frequency!.TimesPerYear);
        Assert.Equal("teamleider", indicator.Owner!.Name);
        Assert.Equal(88m, indicator.Baseline!.Value.Value);
        Assert.Equal(UnitKind.Percent, indicator.Baseline.Value.Unit.Kind);
        var target = Assert.Single(indicator.Targets);
        Assert.Equal(Comparator.AtLeast, target.Comparator);
        Assert.Equal(95m, target.Value.Absolute!.Value);
        Assert.Equal(new DateOnly(2026, 12, 31), target.TimeBound!.Deadline);
        Assert.True(target.HasDisclaimer);
        Assert.Equal("wethouder", Assert.Single(target.AgreedWith).Name);
        Assert.Equal("schuldhulp", indicator.Goal!.Name);
    }

    [Fact]
    public void Relative_and_cumulative_targets_are_understood()
    {
        var compilation = TestCompiler.Compile("""
            indicator campagnes "Schuldencampagnes" {
              soort: aantal
              nulmeting: 1 in 2022
              streefwaarde: minimaal 2 campagnes over 4 jaar van 2023 tot 2026
              streefwaarde: minimaal nulmeting + 10 %
              streefwaarde: minimaal benchmark "landelijk gemiddelde"
              streefwaarde: minimaal niveau van 2023 in 2024
            }
            """);
        Assert.Empty(compilation.Diagnostics);
        var targets = ((IndicatorSymbol)compilation.GetSymbol("campagnes")!).Targets;
        Assert.Equal(4, targets[0].Window!.Count);
        Assert.Equal(new DateOnly(2023, 1, 1), targets[0].TimeBound!.Start);
        Assert.Equal(1.1m, targets[1].Value.Resolve(new Baseline(new Quantity(1, Unit.None), null)));
        Assert.Equal("landelijk gemiddelde", targets[2].Value.Benchmark);
        Assert.Equal(2023, targets[3].Value.Year);
    }

    [Fact]
    public void Unknown_name_gets_a_suggestion()
    {
        var compilation = TestCompiler.Compile(Actors + "doel schuldhulp \"S\"\nindicator x \"X\" { bespreking: wethouderr }");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("KPL0102", diagnostic.Code);
        Assert.Contains("bedoel je 'wethouder'?", diagnostic.GetMessage());
    }

    [Fact]
    public void Duplicate_names_point_at_the_first_declaration()
    {
        var compilation = TestCompiler.Compile("actor a \"A\"\ndoel a \"Ook A\"");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("KPL0101", diagnostic.Code);
        Assert.Equal(0, Assert.Single(diagnostic.RelatedLocations).LineSpan.Start.Line);
    }

    [Fact]
    public void Member_in_the_wrong_place_names_what_is_allowed()
    {
        var compilation = TestCompiler.Compile("indicator x \"X\" { partners: \"Huisarts\" }");
        var diagnostic = Assert.Single(compilation.Diagnostics);
        Assert.Equal("KPL0104", diagnostic.Code);
        Assert.Contains("'partners' hoort niet in een indicator (x)", diagnostic.GetMessage());
    }

    [Fact]
    public void Values_are_checked_against_the_indicator()
    {
        var compilation = TestCompiler.Compile("""
            indicator t "Tevredenheid" {
              soort: score 1..10
              nulmeting: 12
              streefwaarde: minimaal 7 euro
            }
            """);
        Assert.Equal(["KPL0112", "KPL0109"], compilation.Codes());
    }

    [Fact]
    public void Replacement_keeps_the_link_both_ways()
    {
        var compilation = TestCompiler.Compile("""
            indicator oud "Aantal overleggen" { soort: aantal }
            indicator nieuw "Waardering van de overleggen" {
              vervangt: oud per 2025-01-01 omdat "het aantal zegt te weinig over vertrouwen"
            }
            """);
        Assert.Empty(compilation.Diagnostics);
        var oud = (IndicatorSymbol)compilation.GetSymbol("oud")!;
        var nieuw = (IndicatorSymbol)compilation.GetSymbol("nieuw")!;
        Assert.Same(nieuw, oud.ReplacedBy);
        Assert.Equal("het aantal zegt te weinig over vertrouwen", nieuw.Replaces!.Reason);
    }

    [Fact]
    public void A_replacement_cycle_is_reported()
    {
        var compilation = TestCompiler.Compile("""
            indicator a "A" { vervangt: b }
            indicator b "B" { vervangt: a }
            """);
        Assert.Contains("KPL0114", compilation.Codes());
    }
}

public class BinderAdditionTests
{
    [Fact]
    public void Organisation_is_a_valid_actor_kind_even_though_it_is_a_keyword()
    {
        var compilation = TestCompiler.Compile("actor woningcorporatie \"Woningcorporatie\" { soort: organisatie }");
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(ActorKind.Organisatie, ((ActorSymbol)compilation.GetSymbol("woningcorporatie")!).ActorKind);
    }

    [Fact]
    public void A_planned_baseline_has_a_moment_but_no_value()
    {
        var compilation = TestCompiler.Compile("indicator x \"X\" { soort: aantal nulmeting: op 2025-09-01 }");
        Assert.Empty(compilation.Diagnostics);
        var indicator = (IndicatorSymbol)compilation.GetSymbol("x")!;
        Assert.Null(indicator.Baseline);
        Assert.Equal(new DateOnly(2025, 9, 1), indicator.BaselinePlannedOn);
    }

    [Fact]
    public void Percentage_points_are_absolute_and_percent_is_relative()
    {
        var compilation = TestCompiler.Compile("""
            indicator p "P" {
              soort: percentage
              nulmeting: 78 % in 2024
              streefwaarde: minimaal nulmeting + 5 procentpunt
              streefwaarde: minimaal nulmeting + 5 %
            }
            """);
        Assert.Empty(compilation.Diagnostics);
        var indicator = (IndicatorSymbol)compilation.GetSymbol("p")!;
        Assert.Equal(83m, indicator.Targets[0].Value.Resolve(indicator.Baseline));
        Assert.Equal(81.9m, indicator.Targets[1].Value.Resolve(indicator.Baseline));
    }

    [Fact]
    public void Who_reports_is_an_audience()
    {
        var compilation = TestCompiler.Compile("actor kwaliteit \"Kwaliteitsmedewerker\"\nindicator x \"X\" { rapportage: kwaliteit halfjaarlijks }");
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal("kwaliteit", Assert.Single(((IndicatorSymbol)compilation.GetSymbol("x")!).Reporting).Actor.Name);
    }
}
