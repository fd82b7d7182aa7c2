using CsCheck;
using KpiLang.Analysis;
using KpiLang.Syntax;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Hardening;

/// <summary>
/// Property-based fuzzing of the front end: damaged samples go through parse, bind and the checker. Nothing may
/// throw or hang, every finding points inside the file it names, and the syntax tree keeps every character, so a
/// damaged file is still shown and formatted as typed.
/// </summary>
public class FrontEndFuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Damaged_samples_never_crash_or_hang_and_every_finding_is_located()
    {
        FuzzSettings.Run(FuzzInputs.Case, c =>
        {
            var (folder, file, text) = FuzzInputs.Damaged(c);
            var diagnostics = FuzzSettings.Bounded(() =>
            {
                var compilation = TestCompiler.Compile(FuzzInputs.WithSiblings(folder, file, text));
                return Checker.Check(compilation, CheckOptions.Default);
            }, FuzzInputs.Describe(c));
            foreach (var d in diagnostics)
            {
                Assert.False(string.IsNullOrEmpty(d.Location.Path), $"{d.Code} has no file");
                Assert.InRange(d.Location.Span.Start, 0, d.Location.Source.Length);
                Assert.InRange(d.Location.Span.End, d.Location.Span.Start, d.Location.Source.Length);
                Assert.InRange(d.Location.LineSpan.Start.Line, 0, d.Location.Source.LineCount);
                Assert.False(string.IsNullOrWhiteSpace(d.GetMessage()), d.Code);
                Assert.False(string.IsNullOrWhiteSpace(d.GetMessage(Diagnostics.Language.En)), d.Code);
            }
        }, FuzzInputs.Describe, FuzzSettings.Iterations(400), FuzzSettings.Seed);
        output.WriteLine($"{FuzzSettings.Iterations(400)} inputs from seed {FuzzSettings.Seed ?? "random"}");
    }

    [Fact]
    public void The_syntax_tree_of_damaged_text_keeps_every_character()
    {
        FuzzSettings.Run(FuzzInputs.Case, c =>
        {
            var (_, file, text) = FuzzInputs.Damaged(c);
            var tree = FuzzSettings.Bounded(() => SyntaxTree.Parse(text, file), FuzzInputs.Describe(c));
            Assert.Equal(text, FullText(tree));
        }, FuzzInputs.Describe, FuzzSettings.Iterations(400), FuzzSettings.Seed);
        output.WriteLine($"{FuzzSettings.Iterations(400)} inputs from seed {FuzzSettings.Seed ?? "random"}");
    }

    [Fact]
    public void Text_the_parser_had_to_repair_always_gets_a_located_error()
    {
        FuzzSettings.Run(FuzzInputs.Case, c =>
        {
            var (_, file, text) = FuzzInputs.Damaged(c);
            var tree = FuzzSettings.Bounded(() => SyntaxTree.Parse(text, file), FuzzInputs.Describe(c));
            if (tree.Root.Tokens().Any(t => t.IsMissing))
                Assert.Contains(tree.Diagnostics, d => d.IsError && d.Location.Span.End <= text.Length);
        }, FuzzInputs.Describe, FuzzSettings.Iterations(400), FuzzSettings.Seed);
        output.WriteLine($"{FuzzSettings.Iterations(400)} inputs from seed {FuzzSettings.Seed ?? "random"}");
    }

    /// <summary>
    /// Every error the front end reported before the repair pass is still reported: a damaged text the parser alone
    /// finds fault with is never passed as clean after the repairs (each repair reports what it repaired).
    /// </summary>
    [Fact]
    public void The_repairs_never_hide_an_error_of_the_fuzz_corpus()
    {
        FuzzSettings.Run(FuzzInputs.Case, c =>
        {
            var (_, file, text) = FuzzInputs.Damaged(c);
            var source = KpiLang.Text.SourceText.From(text, file);
            var plain = FuzzSettings.Bounded(() => SyntaxParser.Parse(source, KpiLang.Syntax.Repairs.TokenPasses.KeywordsOnly).Diagnostics, FuzzInputs.Describe(c));
            var repaired = FuzzSettings.Bounded(() => SyntaxParser.Parse(source, KpiLang.Syntax.Repairs.TokenPasses.All).Diagnostics, FuzzInputs.Describe(c));
            if (plain.Any(d => d.IsError)) Assert.Contains(repaired, d => d.IsError);
        }, FuzzInputs.Describe, FuzzSettings.Iterations(400), FuzzSettings.Seed);
        output.WriteLine($"{FuzzSettings.Iterations(400)} inputs from seed {FuzzSettings.Seed ?? "random"}");
    }

    [Theory]
    [InlineData("doel a \"t\" {")]                       // unclosed block
    [InlineData("}")]                                     // stray brace
    [InlineData("indicator x \"t\" { streefwaarde: }")]  // value missing
    [InlineData("doel \"zonder naam\" { }")]             // name missing
    [InlineData("\"nooit gesloten")]                      // unterminated string
    [InlineData("/* nooit gesloten")]                     // unterminated comment
    public void Broken_declarations_get_an_error_with_a_position_inside_the_file(string broken)
    {
        foreach (var (folder, file, text) in FuzzInputs.SampleFiles)
        {
            var damaged = text + "\n" + broken + "\n";
            var compilation = TestCompiler.Compile(FuzzInputs.WithSiblings(folder, file, damaged));
            var errors = compilation.Diagnostics.Where(d => d.IsError && d.Location.Path.EndsWith(file, StringComparison.Ordinal)).ToList();
            Assert.True(errors.Count > 0, $"{folder}/{file} + {broken}: no error");
            Assert.All(errors, e => Assert.True(e.Location.Span.Start >= text.Length, $"{e} lies before the damage"));
        }
    }

    private static string FullText(SyntaxTree tree) => string.Concat(tree.Root.Tokens().Select(t =>
        string.Concat(t.LeadingTrivia.Select(x => x.Text)) + (t.IsMissing ? "" : t.Text) + string.Concat(t.TrailingTrivia.Select(x => x.Text))));
}
