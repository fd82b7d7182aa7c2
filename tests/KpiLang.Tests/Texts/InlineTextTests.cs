using System.Text.RegularExpressions;

namespace KpiLang.Tests.Texts;

/// <summary>
/// No sentence is written in code: a Dutch/English pair of literals (<c>new LocalizedText("…", "…")</c> or
/// <c>new("…", "…")</c>) belongs in a text table. <c>LocalizedText.Invariant</c> stays for what reads the same in both
/// languages (a name, a keyword).
/// </summary>
public partial class InlineTextTests
{
    // A literal may hold interpolations with quotes of their own ({m.Groups["a"].Value}); a choice of text by
    // language (language == Language.En ? "a phrase" : "een zin") is a pair as well; a language code is not.
    [GeneratedRegex("""new\s+LocalizedText\(\s*\$?@?"|new\(\s*\$?@?"(?:[^"\\\n{]|\\.|\{[^}\n]*\})*"\s*,\s*\$?@?"(?:[^"\\\n{]|\\.|\{[^}\n]*\})*"\s*\)|Language\.(?:En|Nl) \? \$?"[^"\n]* [^"\n]*" : \$?\x22""")]
    private static partial Regex InlinePair();

    [Fact]
    public void No_pair_of_literal_texts_remains_in_the_source()
    {
        var found = new List<string>();
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
                var line = text.AsSpan(0, match.Index).Count('\n') + 1;
                found.Add($"{relative}:{line}: {match.Value}");
            }
        }
        Assert.True(found.Count == 0, $"{found.Count} texts in code instead of a table:\n" + string.Join("\n", found));
    }
}
