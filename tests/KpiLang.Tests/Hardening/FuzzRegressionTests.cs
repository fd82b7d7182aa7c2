using KpiLang.Syntax;

namespace KpiLang.Tests.Hardening;

/// <summary>Inputs the fuzzer found that passed silently or lost text; each stays fixed.</summary>
public class FuzzRegressionTests
{
    [Fact]
    public void A_stray_unterminated_string_at_the_end_of_a_file_is_an_error_and_stays_in_the_tree()
    {
        const string text = "doel a \"t\" {\n}\n\"nooit gesloten\n";
        var tree = SyntaxTree.Parse(text, "a.kpi");
        var error = Assert.Single(tree.Diagnostics, d => d.Code == "KPL0003");
        Assert.Equal(2, error.Location.LineSpan.Start.Line);
        Assert.Contains(tree.Root.Tokens().SelectMany(t => t.LeadingTrivia), t => t.Kind == TriviaKind.SkippedTokens && t.Text == "\"nooit gesloten");
    }

    [Fact]
    public void An_unclosed_block_comment_is_an_error_at_its_start()
    {
        var tree = SyntaxTree.Parse("doel a \"t\" {\n}\n/* nooit gesloten\nindicator b \"c\" { }\n", "a.kpi");
        var error = Assert.Single(tree.Diagnostics, d => d.Code == "KPL0007");
        Assert.Equal(2, error.Location.LineSpan.Start.Line);
        Assert.Empty(SyntaxTree.Parse("/* gesloten */ doel a \"t\" { }", "b.kpi").Diagnostics);
    }

    [Fact]
    public void Tokens_skipped_while_recovering_are_kept_as_trivia()
    {
        const string text = "doel a \"t\" {\n}\nxyz } als\nindicator b \"c\" { }\n";
        var tree = SyntaxTree.Parse(text, "a.kpi");
        Assert.NotEmpty(tree.Diagnostics);
        var full = string.Concat(tree.Root.Tokens().Select(t =>
            string.Concat(t.LeadingTrivia.Select(x => x.Text)) + (t.IsMissing ? "" : t.Text) + string.Concat(t.TrailingTrivia.Select(x => x.Text))));
        Assert.Equal(text, full);
    }

    [Fact]
    public void Stray_tokens_before_the_first_declaration_do_not_hide_the_rest_of_the_file()
    {
        var tree = SyntaxTree.Parse("}\n}\ndoel a \"t\" {\n    eigenaar team\n}\n", "a.kpi");
        Assert.Single(tree.Root.Members);
        Assert.Contains(tree.Diagnostics, d => d.Code == "KPL0001" && d.Location.LineSpan.Start.Line == 3); // the missing ':' is still reported
        Assert.Equal(tree.Text.Text, FullText(tree));
    }

    [Fact]
    public void An_import_path_with_a_character_no_path_can_hold_is_an_error_not_a_crash()
    {
        var compilation = Infrastructure.TestCompiler.Compile("importeer \"a\0b.kpi\"\ndoel x \"X\" { }\n");
        Assert.Contains(compilation.Diagnostics, d => d.Code == "KPL0201");
    }

    [Theory]
    [InlineData("indicator i \"t\" {\n    streefwaarde: minimaal 95 % vanaf\n        disclaimer: \"d\"\n}\n")]
    [InlineData("doel b \"B\" {\n    niveau: doel d \"t\" {\ndoel e \"t\" {\n}\n")]
    [InlineData("doel a \"t\" { }\nimporteer \"b.kpi\"\ndoel c \"t\" { }\n")]
    public void A_value_missing_before_the_next_token_never_puts_that_token_in_the_tree_twice(string text)
    {
        var tree = SyntaxTree.Parse(text, "a.kpi");
        Assert.Equal(text, FullText(tree));
    }

    private static string FullText(SyntaxTree tree) => string.Concat(tree.Root.Tokens().Select(t =>
        string.Concat(t.LeadingTrivia.Select(x => x.Text)) + (t.IsMissing ? "" : t.Text) + string.Concat(t.TrailingTrivia.Select(x => x.Text))));
}
