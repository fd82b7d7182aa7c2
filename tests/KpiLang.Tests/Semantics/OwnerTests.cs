using KpiLang.Diagnostics;
using KpiLang.Semantics;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Semantics;

/// <summary>One owner per KPI, always a declared actor; others go to 'betrokken:'. Nothing is silently dropped.</summary>
public class OwnerTests
{
    private const string Actors = """
        actor raad "Gemeenteraad" { niveau: strategisch }
        actor wethouder "Wethouder sociaal domein" { niveau: strategisch }
        actor team_schuldhulp "Team Schuldhulp" { niveau: uitvoering }
        """;

    [Fact]
    public void Two_owners_are_an_error_that_says_where_the_others_go_and_offers_to_move_them()
    {
        var compilation = TestCompiler.Compile(Actors + """
            indicator ontruimingen "Aantal woningontruimingen" {
                eigenaar: raad, wethouder
            }
            """);

        var error = Assert.Single(compilation.Diagnostics, d => d.IsError);
        Assert.Equal("KPL0122", error.Code);
        Assert.Equal("een indicator heeft één eigenaar ('raad'); zet wethouder bij 'betrokken:'", error.GetMessage(Language.Nl));
        Assert.Equal("an indicator has one owner ('raad'); move wethouder to 'betrokken:'", error.GetMessage(Language.En));
        var fixedText = Apply(error.Fix!, compilation.SyntaxTrees[0].Text.Text);
        Assert.Contains("    eigenaar: raad\n    betrokken: wethouder\n", fixedText);
        Assert.Empty(TestCompiler.Compile(fixedText).Diagnostics.Where(d => d.IsError));
    }

    [Fact]
    public void Those_involved_are_bound_to_actors_beside_the_one_owner()
    {
        var compilation = TestCompiler.Compile(Actors + """
            indicator ontruimingen "Aantal woningontruimingen" {
                eigenaar: wethouder
                betrokken: raad, team_schuldhulp
            }
            """);

        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError));
        var indicator = Assert.IsType<IndicatorSymbol>(compilation.GetSymbol("ontruimingen"));
        Assert.Equal("wethouder", indicator.Owner!.Name);
        Assert.Equal(["raad", "team_schuldhulp"], indicator.Involved.Select(a => a.Name));
    }

    [Fact]
    public void An_unknown_owner_is_an_error_like_any_unresolved_name_with_a_suggestion()
    {
        var compilation = TestCompiler.Compile(Actors + """
            doel schulden "Schulden" {
                eigenaar: team_schuldhlp
            }
            """);

        var error = Assert.Single(compilation.Diagnostics, d => d.IsError);
        Assert.Equal("KPL0102", error.Code);
        Assert.Contains("bedoel je 'team_schuldhulp'?", error.GetMessage(Language.Nl));
    }

    [Theory]
    [InlineData("eigenaar: \"Team Schuldhulp\"", "bedoel je actor 'team_schuldhulp'?")]
    [InlineData("eigenaar: \"Afdeling Werk en Inkomen\"", "declareer 'actor afdeling_werk_en_inkomen \"Afdeling Werk en Inkomen\"'")]
    [InlineData("betrokken: \"Woningcorporaties\"", "declareer 'actor woningcorporaties \"Woningcorporaties\"'")]
    public void A_party_in_quotes_is_no_actor_and_the_error_names_the_way_out(string property, string advice)
    {
        var compilation = TestCompiler.Compile(Actors + $$"""
            indicator ontruimingen "Aantal woningontruimingen" {
                {{property}}
            }
            """);

        var error = Assert.Single(compilation.Diagnostics, d => d.IsError);
        Assert.Equal("KPL0121", error.Code);
        Assert.Contains(advice, error.GetMessage(Language.Nl));
    }

    [Fact]
    public void A_config_that_still_names_the_retired_owner_rule_is_told_why_it_does_nothing()
    {
        var config = KpiLang.Analysis.Configuration.ConfigLoader.Parse("""{ "regels": { "KPI121": "uit" } }""", "kpiconfig.json");

        var finding = Assert.Single(config.Diagnostics);
        Assert.Equal("KPI191", finding.Code);
        Assert.Contains("'KPI121' is geen regelcode meer: een eigenaar die geen gedeclareerde actor is, is nu altijd een taalfout",
            finding.GetMessage(Language.Nl));
    }

    private static string Apply(CodeFix fix, string text)
    {
        foreach (var edit in fix.Edits.OrderByDescending(e => e.Span.Start))
            text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
        return text;
    }
}
