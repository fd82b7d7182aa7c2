using System.Text.Json;
using KpiLang.Diagnostics;
using KpiLang.Syntax;
using KpiLang.Tests.Cli;

namespace KpiLang.Tests.Mistakes;

/// <summary>
/// Each typical mistake gives the errors its file names, through 'kpic check' as a user runs it: the exact message
/// with its suggestion, in Dutch and English, and never more than two errors for one mistake. Its fixes (the quick
/// fixes the editor offers) repair it, and the syntax tree keeps every character of the broken text.
/// </summary>
public class MistakeCorpusTests
{
    public static TheoryData<string> Files => MistakeCorpus.Files;

    [Theory]
    [MemberData(nameof(Files))]
    public void Kpic_check_gives_exactly_the_errors_the_mistake_names(string file)
    {
        var dutch = Errors(file, "nl");
        Assert.Equal(MistakeCorpus.Expected(file, "// fout: "), dutch);
        if (MistakeCorpus.IsOneMistake(file)) Assert.InRange(dutch.Length, 0, 2);
        var english = MistakeCorpus.Expected(file, "// error: ");
        if (english.Length > 0) Assert.Equal(english, Errors(file, "en").Take(english.Length));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Applying_the_fixes_leaves_only_the_errors_without_one(string file)
    {
        var text = MistakeCorpus.Text(file);
        var errors = MistakeCorpus.Compile(file).Diagnostics.Where(d => d.IsError && d.Location.Path.EndsWith(file, StringComparison.Ordinal)).ToList();
        var edits = errors.Where(d => d.Fix is not null).SelectMany(d => d.Fix!.Edits).OrderByDescending(e => e.Span.Start).ToList();
        foreach (var edit in edits) text = text[..edit.Span.Start] + edit.NewText + text[edit.Span.End..];
        var after = MistakeCorpus.Compile(file, text).Diagnostics.Where(d => d.IsError).Select(d => d.Code);
        Assert.Equal(errors.Where(d => d.Fix is null).Select(d => d.Code).Order(), after.Order());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_syntax_tree_keeps_every_character_of_the_mistake(string file)
    {
        var text = MistakeCorpus.Text(file);
        var tree = SyntaxTree.Parse(text, file);
        Assert.Equal(text, string.Concat(tree.Root.Tokens().Select(t =>
            string.Concat(t.LeadingTrivia.Select(x => x.Text)) + t.Text + string.Concat(t.TrailingTrivia.Select(x => x.Text)))));
    }

    /// <summary>The errors 'kpic check' reports for the mistake's file, in order, with the shared actors beside it.</summary>
    private static string[] Errors(string file, string language)
    {
        using var folder = new TempFolder();
        var path = folder.Write(file, MistakeCorpus.Text(file));
        folder.Write(MistakeCorpus.SharedFile, MistakeCorpus.Text(MistakeCorpus.SharedFile));
        var (_, output, _) = CliRunner.Run("check", folder.Path, "--format", "json", "--lang", language);
        using var json = JsonDocument.Parse(output);
        return [.. json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error" && d.GetProperty("file").GetString()!.EndsWith(file, StringComparison.Ordinal))
            .Select(d => d.GetProperty("message").GetString()!)];
    }
}
