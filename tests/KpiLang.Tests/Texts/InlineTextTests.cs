using System.Text.RegularExpressions;

namespace KpiLang.Tests.Texts;

/// <summary>
/// No sentence is written in code: a Dutch/English pair of literals (<c>new LocalizedText("…", "…")</c> or
/// <c>new("…", "…")</c>) belongs in a text table. <c>LocalizedText.Invariant</c> stays for what reads the same in both
/// languages (a name, a keyword).
/// </summary>
public partial class InlineTextTests
{
    /// <summary>
    /// Files whose texts have not moved into a table yet. The list only shrinks: a file on it that has no pair left
    /// fails the test, so it is taken off.
    /// </summary>
    private static readonly HashSet<string> NotYetInTables =
    [
        "src/KpiLang.Core/Syntax/Keywords/KeywordTable.cs",
    ];

    [GeneratedRegex("""new\s+LocalizedText\(\s*\$?@?"|new\(\s*\$?@?"(?:[^"\\\n]|\\.)*"\s*,\s*\$?@?"(?:[^"\\\n]|\\.)*"\s*\)""")]
    private static partial Regex InlinePair();

    [Fact]
    public void No_pair_of_literal_texts_remains_in_the_source()
    {
        var found = new List<string>();
        var pending = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)) continue;
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(Repository.Root, file).Replace(Path.DirectorySeparatorChar, '/');
            foreach (Match match in InlinePair().Matches(text))
            {
                // An option's two names, or a command without a title and its id: not a text.
                if (match.Value.StartsWith("new(\"--", StringComparison.Ordinal) || match.Value.StartsWith("new(\"\",", StringComparison.Ordinal)) continue;
                if (NotYetInTables.Contains(relative))
                {
                    pending.Add(relative);
                    continue;
                }
                var line = text.AsSpan(0, match.Index).Count('\n') + 1;
                found.Add($"{relative}:{line}: {match.Value}");
            }
        }
        Assert.True(found.Count == 0, $"{found.Count} texts in code instead of a table:\n" + string.Join("\n", found));
        Assert.Empty(NotYetInTables.Except(pending));
    }
}
