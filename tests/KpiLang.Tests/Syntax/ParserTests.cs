using KpiLang.Syntax;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Syntax;

public class ParserTests
{
    [Fact]
    public void Declaration_with_properties_becomes_typed_nodes()
    {
        var tree = SyntaxTree.Parse("""
            indicator ontruimingen "Woningontruimingen door huurschuld" {
              laag: impact
              eigenaar: wethouder
              streefwaarde: maximaal 10 per jaar in 2025 { disclaimer: "ter ondersteuning van het beleid" }
            }
            """);

        Assert.Empty(tree.Diagnostics);
        var declaration = Assert.IsType<DeclarationSyntax>(Assert.Single(tree.Root.Members));
        Assert.Equal(DeclarationKind.Indicator, declaration.Kind);
        Assert.Equal("ontruimingen", declaration.Name.Text);
        Assert.Equal("Woningontruimingen door huurschuld", declaration.Title!.Value);
        var target = Assert.Single(declaration.Members.OfType<TargetPropertySyntax>());
        Assert.Equal("maximaal", Assert.Single(target.Target.Comparison.Comparator).Text);
        Assert.Equal("jaar", target.Target.Window!.Period.Text);
        Assert.Equal(TimeBoundKind.InYear, target.Target.TimeBound!.Kind);
        Assert.Single(target.Members.OfType<TextPropertySyntax>());
    }

    [Fact]
    public void Identifiers_may_contain_diacritics()
    {
        var tree = SyntaxTree.Parse("actor coördinator \"Coördinator\" { beïnvloedt: ondersteuning }");
        Assert.Empty(tree.Diagnostics);
        Assert.Equal("coördinator", ((DeclarationSyntax)tree.Root.Members[0]).Name.Text);
    }

    [Fact]
    public void Missing_colon_reads_like_a_person_wrote_it()
    {
        var tree = SyntaxTree.Parse("indicator x \"X\" {\n  eigenaar wijkcoordinator\n}");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("KPL0001", diagnostic.Code);
        Assert.Equal("verwacht ':' na sleutelwoord 'eigenaar'", diagnostic.GetMessage());
        Assert.Equal("expected ':' after keyword 'eigenaar'", diagnostic.GetMessage(KpiLang.Diagnostics.Language.En));
        Assert.Equal(1, diagnostic.Location.LineSpan.Start.Line);
    }

    [Fact]
    public void One_file_reports_all_its_independent_errors()
    {
        var tree = SyntaxTree.Parse("""
            doel a "A" {
              indicator b "B" {
                eigenaar x
                laag: # impact
                bron: "niet afgesloten
              }
            }
            """);
        var codes = tree.Diagnostics.Select(d => d.Code).ToArray();
        Assert.Contains("KPL0001", codes);
        Assert.Contains("KPL0004", codes);
        Assert.Contains("KPL0003", codes);
        Assert.Equal([2, 3, 4], tree.Diagnostics.Select(d => d.Location.LineSpan.Start.Line).Distinct().Order());
    }

    [Fact]
    public void Comments_are_kept_as_trivia_of_the_next_token()
    {
        var tree = SyntaxTree.Parse("// kop\n/* blok */ actor a \"A\" // achter\n");
        var first = tree.Root.FirstToken()!;
        Assert.Contains(first.LeadingTrivia, t => t.Kind == TriviaKind.LineComment && t.Text == "// kop");
        Assert.Contains(first.LeadingTrivia, t => t.Kind == TriviaKind.BlockComment);
        var last = tree.Root.Tokens().Last(t => t.Kind != SyntaxKind.EndOfFile);
        Assert.Contains(last.TrailingTrivia, t => t.Text == "// achter");
    }

    [Fact]
    public void Every_character_of_the_file_is_covered_by_tokens_and_trivia()
    {
        const string text = "// c\nactor a \"A\" {\n  niveau: tactisch // t\n}\n";
        var tree = SyntaxTree.Parse(text);
        var rebuilt = string.Concat(tree.Root.Tokens().Select(t =>
            string.Concat(t.LeadingTrivia.Select(x => x.Text)) + t.Text + string.Concat(t.TrailingTrivia.Select(x => x.Text))));
        Assert.Equal(text, rebuilt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{{{{")]
    [InlineData("}}}")]
    [InlineData("doel")]
    [InlineData("streefwaarde: tussen en")]
    [InlineData("\"")]
    [InlineData("indicator x { streefwaarde: minimaal nulmeting + }")]
    public void Parsing_never_throws_and_keeps_a_complete_tree(string text)
    {
        var tree = SyntaxTree.Parse(text);
        Assert.NotNull(tree.Root);
        Assert.All(tree.Diagnostics, d => Assert.InRange(d.Location.Span.End, 0, text.Length));
    }

    [Fact]
    public void Deep_nesting_is_refused_with_a_diagnostic_instead_of_a_crash()
    {
        var text = string.Concat(Enumerable.Repeat("doel a { ", 5000));
        var tree = SyntaxTree.Parse(text);
        Assert.Contains(tree.Diagnostics, d => d.Code == "KPL0005");
    }
}

public class ParserMessageTests
{
    [Fact]
    public void A_declaration_without_a_name_says_so()
    {
        var tree = SyntaxTree.Parse("indicator \"Aantal overleggen\" { }");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("KPL0115", diagnostic.Code);
        Assert.StartsWith("een indicator heeft een naam nodig", diagnostic.GetMessage());
    }

    [Fact]
    public void An_import_below_the_declarations_still_resolves_but_is_reported()
    {
        var tree = SyntaxTree.Parse("actor a \"A\"\nimporteer \"b.kpi\"");
        Assert.Equal("KPL0006", Assert.Single(tree.Diagnostics).Code);
        Assert.Single(tree.Root.Imports);
    }
}
