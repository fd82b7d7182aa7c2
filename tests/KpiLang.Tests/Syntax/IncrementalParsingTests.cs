using System.Text;
using CsCheck;
using KpiLang.Generator;
using KpiLang.Syntax;
using KpiLang.Syntax.Incremental;
using KpiLang.Tests.Hardening;
using KpiLang.Text;

namespace KpiLang.Tests.Syntax;

/// <summary>
/// The editor re-reads only the declaration a keystroke falls in. Over random typing sessions on the samples and a
/// generated workspace, every tree made that way must equal a fresh parse of the same text in every node, token,
/// piece of trivia, parent link and diagnostic; the tree it came from must be left as it was; and the incremental
/// path must actually be taken for most keystrokes, or this test would pass by always falling back.
/// </summary>
public class IncrementalParsingTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Typing_in_the_samples_gives_the_tree_a_fresh_parse_gives()
    {
        var sessions = Gen.Select(Gen.Int[0, FuzzInputs.SampleFiles.Length - 1], Keystroke.Array[1, 12]);
        var (taken, total) = (0, 0);
        FuzzSettings.Run(sessions, s =>
        {
            var (_, file, text) = FuzzInputs.SampleFiles[s.Item1];
            var (t, n) = Type(file, text, s.Item2);
            taken += t;
            total += n;
        }, s => $"{FuzzInputs.SampleFiles[s.Item1].File}: {string.Join("; ", s.Item2)}", FuzzSettings.Iterations(250), FuzzSettings.Seed);
        output.WriteLine($"{taken} of {total} keystrokes re-read one declaration");
        Assert.True(taken * 2 > total, $"only {taken} of {total} keystrokes were parsed incrementally");
    }

    [Fact]
    public void Typing_in_a_generated_workspace_gives_the_tree_a_fresh_parse_gives()
    {
        var generated = SpecificationGenerator.Generate(1_500, seed: 3, files: 1);
        var file = generated.Programmes.First();
        var (taken, total) = (0, 0);
        FuzzSettings.Run(Keystroke.Array[1, 8], keys =>
        {
            var (t, n) = Type(file.RelativePath, file.Text, keys);
            taken += t;
            total += n;
        }, keys => string.Join("; ", keys), FuzzSettings.Iterations(40), FuzzSettings.Seed);
        output.WriteLine($"{taken} of {total} keystrokes re-read one declaration");
        Assert.True(taken * 2 > total, $"only {taken} of {total} keystrokes were parsed incrementally");
    }

    [Fact]
    public void A_change_inside_a_declaration_re_reads_only_that_declaration_and_moves_the_rest()
    {
        const string before = "doel a \"A\" {\n    omschrijving: \"kort\"\n}\n\n// na a\ndoel b \"B\" {\n    eigenaar: x // wie\n}\n";
        var old = SyntaxTree.Parse(before, "t.kpi");
        var text = before.Replace("\"kort\"", "\"iets langer\"", StringComparison.Ordinal);

        var changed = IncrementalParser.TryReparse(old, SourceText.From(text, "t.kpi"));

        Assert.NotNull(changed);
        Assert.Equal(Dump(SyntaxTree.Parse(text, "t.kpi")), Dump(changed));
        var b = Assert.IsType<DeclarationSyntax>(changed.Root.Members[1]);
        Assert.Equal(text.IndexOf("doel b", StringComparison.Ordinal), b.Span.Start);
        Assert.Equal("// na a", Assert.Single(b.Keyword.LeadingTrivia, t => t.IsComment).Text);
    }

    [Theory]
    [InlineData("doel a \"A\" {\n    omschrijving: \"kort\"\n}\n", "doel a \"A\" {\n    omschrijving: \"kort\"\n}\n}\n")] // past the declaration
    [InlineData("doel a \"A\" {\n    omschrijving: \"kort\"\n}\n", "doel a \"A\" {\n    omschrijving: \"kort\" } doel b \"B\" {\n}\n")] // two now
    [InlineData("doel a \"A\" {\n    omschrijving: \"kort\"\n}\n", "doel a \"A\" {\n    omschrijving: /* \"kort\"\n}\n")] // comment runs on
    public void A_change_that_does_not_leave_one_whole_declaration_falls_back_to_a_full_parse(string before, string after)
    {
        var old = SyntaxTree.Parse(before, "t.kpi");

        Assert.Null(IncrementalParser.TryReparse(old, SourceText.From(after, "t.kpi")));
        Assert.Equal(Dump(SyntaxTree.Parse(after, "t.kpi")), Dump(old.WithChangedText(SourceText.From(after, "t.kpi"))));
    }

    /// <summary>
    /// A block whose '}' is missing is closed by the repair right after its last member; when that is a nested
    /// declaration, the message sits on that declaration's end but belongs to the block it closes (found by the fuzzer).
    /// </summary>
    [Fact]
    public void The_repair_of_an_enclosing_block_is_not_taken_for_part_of_the_declaration_before_it()
    {
        const string before = "doel a \"A\" {\n    omschrijving: \"y\"\n    doel b \"B\" {\n        omschrijving: \"x\"\n    }\n\ndoel c \"C\" {\n}\n";
        var old = SyntaxTree.Parse(before, "t.kpi");
        Assert.Contains(old.Diagnostics, d => d.Code == "KPL0013");
        var text = before.Replace("\"x\"", "\"xy\"", StringComparison.Ordinal);

        var changed = old.WithChangedText(SourceText.From(text, "t.kpi"));

        Assert.Equal(Dump(SyntaxTree.Parse(text, "t.kpi")), Dump(changed));
    }

    /// <summary>A message on a declaration's first word can be about what precedes it: a key left without its ':' (found by the fuzzer).</summary>
    [Fact]
    public void A_message_on_the_first_word_about_what_precedes_is_not_taken_for_part_of_the_declaration()
    {
        const string before = "doel a \"A\" {\n    eigenaar: x\n}\ntoelichting\ndoel b \"B\" {\n    omschrijving: \"x\"\n}\n";
        var old = SyntaxTree.Parse(before, "t.kpi");
        var start = before.IndexOf("doel b", StringComparison.Ordinal);
        Assert.Contains(old.Diagnostics, d => d.Location.Span.Start == start);
        var text = before.Replace("\"x\"", "\"xy\"", StringComparison.Ordinal);

        var changed = old.WithChangedText(SourceText.From(text, "t.kpi"));

        Assert.Equal(Dump(SyntaxTree.Parse(text, "t.kpi")), Dump(changed));
    }

    /// <summary>Applies the keystrokes in turn, each to the tree of the one before, as the server does.</summary>
    private static (int Taken, int Total) Type(string file, string text, Keystroke[] keys)
    {
        var previous = SyntaxTree.Parse(text, file);
        var taken = 0;
        foreach (var key in keys)
        {
            text = key.Apply(text);
            var before = Dump(previous);
            var incremental = IncrementalParser.TryReparse(previous, SourceText.From(text, file));
            var fresh = SyntaxTree.Parse(text, file);
            if (incremental is not null)
            {
                taken++;
                Assert.Equal(Dump(fresh), Dump(incremental));
                Assert.Equal(before, Dump(previous));
            }
            previous = incremental ?? fresh;
        }
        return (taken, keys.Length);
    }

    /// <summary>Everything a consumer of the tree can see, one line per element, with each parent link checked.</summary>
    private static string Dump(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        Assert.Null(tree.Root.Parent);
        foreach (var element in tree.Root.DescendantElements().Prepend(tree.Root))
        {
            if (element is SyntaxNode node)
            {
                foreach (var child in node.Children) Assert.Same(node, child.Parent);
                builder.Append(node.GetType().Name).Append(' ').Append(node.Span).AppendLine();
                continue;
            }
            var token = (SyntaxToken)element;
            builder.Append(token.Kind).Append(' ').Append(token.Span).Append(' ').Append(token.Text).Append(token.IsMissing ? " missing" : "")
                .Append(' ').Append(token.Keyword?.Text).AppendLine();
            foreach (var trivia in token.LeadingTrivia) builder.Append("  < ").Append(trivia).AppendLine();
            foreach (var trivia in token.TrailingTrivia) builder.Append("  > ").Append(trivia).AppendLine();
        }
        foreach (var d in tree.Diagnostics) builder.Append(d.Code).Append(' ').Append(d.Location.Span).Append(' ').Append(d.GetMessage()).AppendLine();
        return builder.ToString();
    }

    /// <summary>One keystroke or paste at a fraction of the text: a letter, a piece of the language, or a deletion.</summary>
    private sealed record Keystroke(int Kind, int At, int Pick)
    {
        private static readonly string[] Pieces =
        [
            "e", "a", "1", " ", "\n", ",", ":", "\"", "{", "}", "/", "*", "%", "doel ", "indicator x \"t\" { }", "streefwaarde: minimaal 60%",
            "eigenaar: ", "// opmerking", "/* blok */", "2.900", "7,5", "tussen 5 en 10",
        ];

        public static readonly Gen<Keystroke> Gen = CsCheck.Gen.Select(CsCheck.Gen.Int[0, 2], CsCheck.Gen.Int[0, 999], CsCheck.Gen.Int[0, 999],
            (kind, at, pick) => new Keystroke(kind, at, pick));

        public static GenArray<Keystroke> Array => Gen.Array;

        public string Apply(string text)
        {
            var at = (int)((long)At * text.Length / 1000);
            return Kind switch
            {
                0 => text.Insert(at, ((char)('a' + Pick % 26)).ToString()),
                1 => text.Insert(at, Pieces[Pick % Pieces.Length]),
                _ => text.Remove(at, Math.Min(1 + Pick % 4, text.Length - at)),
            };
        }

        public override string ToString() => $"{(Kind == 0 ? "type" : Kind == 1 ? "paste" : "delete")}@{At} {Pick}";
    }
}
