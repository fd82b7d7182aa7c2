using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Tests.Texts;

/// <summary>
/// Every user-facing text is a whole sentence in both languages: each key of each table renders in Dutch and English
/// with sample arguments, with the same placeholders in both, none left unfilled, and English that is not the Dutch.
/// </summary>
public class TextTableTests
{
    /// <summary>Keys whose text reads the same in both languages (a code, a name, a format for a finding's own text).</summary>
    private static readonly HashSet<string> SameInBothLanguages =
    [
        "Actor", "Indicator", "Scope", // SyntaxText: the English noun is the Dutch keyword
        "Utf8", // CsvEncodings
        "SeverityWordInfo", "LevelInfo", // CliText, ServerText: "info" in both
        "Code", "Partners", "Effect", "Norm", // HoverText: the same word in both
        "RuleHeading", // ServerText: code, title and level, each already in the reader's language
        "Status", // StatusText, ReportText: "status" in both
        "InColumn", // ConvertText: a cell and its column, punctuation only
    ];

    public static TheoryData<string> Tables() => [.. TextTables.All.Select(t => t.Name)];

    [Fact]
    public void Every_resx_in_src_is_a_table_the_tests_render()
    {
        var found = TextTables.All.Select(t => t.Name[(t.Name.LastIndexOf('.') + 1)..]).ToHashSet(StringComparer.Ordinal);
        var files = TextTables.NeutralResxFiles().Select(Path.GetFileNameWithoutExtension).ToList();
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Contains(file!, found));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_text_renders_in_both_languages_with_the_same_placeholders(string name)
    {
        var table = TextTables.All.Single(t => t.Name == name);
        var keys = table.Keys();
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var nl = table.ReadExact(key, Language.Nl);
            var en = table.ReadExact(key, Language.En);
            Assert.False(string.IsNullOrWhiteSpace(nl), $"{name}: '{key}' has no Dutch text");
            Assert.False(string.IsNullOrWhiteSpace(en), $"{name}: '{key}' has no English text");
            var placeholders = TextTemplate.Placeholders(nl!);
            Assert.True(placeholders.Order().SequenceEqual(TextTemplate.Placeholders(en!).Order()),
                $"{name}: '{key}' has other placeholders in Dutch ({string.Join(", ", placeholders)}) than in English ({string.Join(", ", TextTemplate.Placeholders(en!))})");
            foreach (var language in (Language[])[Language.Nl, Language.En])
            {
                var template = language == Language.Nl ? nl! : en!;
                var arguments = placeholders.Select(p => new TextArgument(p, Sample(template, p))).ToArray();
                var rendered = TextTemplate.Render(template, language, arguments);
                Assert.All(arguments.Where(a => a.Value is string), a => Assert.Contains((string)a.Value!, rendered, StringComparison.Ordinal));
            }
            if (!SameInBothLanguages.Contains(key))
                Assert.True(nl != en, $"{name}: '{key}' reads the same in both languages: \"{nl}\"; translate it, or list it as the same in both");
        }
    }

    [Fact]
    public void English_has_no_key_that_Dutch_lacks()
    {
        foreach (var table in TextTables.All)
        {
            var keys = table.Keys().ToHashSet(StringComparer.Ordinal);
            var english = table.Keys(Language.En);
            Assert.All(english, key => Assert.True(keys.Contains(key), $"{table.Name}: '{key}' is only in English"));
        }
    }

    /// <summary>A count for a placeholder that picks a form ("{count:regel|regels}"), else a marker to find in the text.</summary>
    private static object Sample(string template, string placeholder) =>
        template.Contains("{" + placeholder + ":", StringComparison.Ordinal) ? 3 : $"«{placeholder}»";
}
