using System.Text.Json;
using System.Text.RegularExpressions;
using KpiLang.Semantics;
using KpiLang.Syntax;
using KpiLang.Tests.Infrastructure;

namespace KpiLang.Tests.Syntax;

/// <summary>
/// The keyword table is the one place a keyword is spelled, and everything else agrees with it: the lexer spells no
/// keyword, the grammar's names are the table's, every property and declaration has its row, the TextMate grammar
/// colours every keyword with the row's scope, and the generated token numbers stay inside Syntax/.
/// </summary>
public partial class KeywordTableTests
{
    [Fact]
    public void Every_property_and_kind_of_declaration_has_one_row()
    {
        foreach (var key in Enum.GetValues<PropertyKey>())
            Assert.Single(Keywords.Properties, k => k.Property == key);
        foreach (var kind in Enum.GetValues<DeclarationKind>())
            Assert.Equal(kind, Keywords.Of(kind).Declaration);
        var spellings = Keywords.All.Where(k => k.Role != KeywordRole.Property).SelectMany(k => k.Spellings).ToList();
        Assert.Equal(spellings.Count, spellings.Distinct().Count());
    }

    [Fact]
    public void The_lexer_spells_no_keyword_but_ja_nee()
    {
        var lexer = File.ReadAllText(Path.Combine(Repository.Root, "grammar", "KpiLexer.g4"));
        var words = QuotedWords().Matches(lexer).Select(m => m.Groups[1].Value).Where(w => char.IsLetter(w[0])).ToList();
        Assert.Equal(["ja/nee"], words);
        Assert.Contains("ja/nee", Keywords.Of(SyntaxKind.JaNeeKeyword).Spellings);
    }

    [GeneratedRegex(@"^[A-Z_]+\s*:\s*'([^']+)'", RegexOptions.Multiline)]
    private static partial Regex QuotedWords();

    public static TheoryData<string> ValueWords => [.. Keywords.Words.Where(k => k.Kind != SyntaxKind.JaNeeKeyword).SelectMany(k => k.Spellings)];

    /// <summary>A word inside values is a name where the grammar takes it as one (MayBeName), and otherwise gives one error.</summary>
    [Theory]
    [MemberData(nameof(ValueWords))]
    public void A_word_inside_values_is_a_name_exactly_where_the_table_says(string word)
    {
        var keyword = Keywords.Words.Single(k => k.Spellings.Contains(word));
        var tree = SyntaxTree.Parse($"actor {word} \"Titel\" {{\n    soort: team\n}}\n");
        var name = ((DeclarationSyntax)tree.Root.Members.Single()).Name;
        Assert.Equal(word, name.Text);
        if (keyword.MayBeName) Assert.Empty(tree.Diagnostics);
        else Assert.Equal("KPL0011", Assert.Single(tree.Diagnostics).Code);
    }

    public static TheoryData<string> SoftKeywords =>
        [.. Keywords.All.Where(k => k.Role is KeywordRole.Property or KeywordRole.Declaration or KeywordRole.Import && k.Words.Length == 1).SelectMany(k => k.Spellings)];

    /// <summary>Property keys, declaration keywords and 'importeer' are keywords only in keyword position: a name elsewhere.</summary>
    [Theory]
    [MemberData(nameof(SoftKeywords))]
    public void A_key_or_declaration_keyword_is_a_name_outside_keyword_position(string word)
    {
        var compilation = TestCompiler.Compile(
            $"actor {word} \"Titel\" {{\n    soort: team\n}}\n\nindicator meldingen \"Aantal meldingen\" {{\n    soort: aantal\n    eigenaar: {word}\n    bespreking: {word} maandelijks\n}}\n");
        Assert.Empty(compilation.Diagnostics.Where(d => d.IsError).Select(TestCompiler.Describe));
        Assert.Equal(word, ((IndicatorSymbol)compilation.GetSymbol("meldingen")!).Owner?.Name);
    }

    [Fact]
    public void Each_key_in_key_position_is_its_row()
    {
        foreach (var keyword in Keywords.Properties)
        {
            var tree = SyntaxTree.Parse($"indicator i \"t\" {{\n    {keyword.Text}: x\n}}\n");
            var property = tree.Root.DescendantNodes().OfType<PropertySyntax>().Single();
            Assert.Same(keyword, property.Keyword);
            Assert.All(property.KeyTokens, t => Assert.Equal(SyntaxKind.PropertyKeyword, t.Kind));
        }
    }

    /// <summary>The language reference documents every property: the fifth file a new property touches.</summary>
    [Fact]
    public void The_language_reference_documents_every_property_and_declaration()
    {
        var page = File.ReadAllText(Path.Combine(Repository.Root, "docs", "taal.md"));
        Assert.All(Keywords.All.Where(k => k.Role != KeywordRole.Word), k => Assert.Contains($"`{k.Text}`", page));
    }

    /// <summary>The TextMate grammar of the VS Code extension colours every keyword, with the scope its row names.</summary>
    [Fact]
    public void The_textmate_grammar_lists_exactly_the_keywords_of_the_table()
    {
        using var grammar = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "vscode-extension", "syntaxes", "kpi.tmLanguage.json")));
        var patterns = new List<(string Scope, string Regex)>();
        Collect(grammar.RootElement, patterns);
        HashSet<string> WordsOf(string scope) =>
            [.. patterns.Where(p => p.Scope == scope).SelectMany(p => Alternatives(p.Regex))];

        Assert.Equal(Keywords.Declarations.Select(k => k.Text).Order(), WordsOf(TextMateScopes.Declaration).Order());
        // A key is coloured as one wherever ':' follows, so every key of the table is, and a new one needs no change there.
        var keyPattern = new Regex(repositoryOf(grammar).GetProperty("property-key").GetProperty("patterns")[0].GetProperty("match").GetString()!);
        Assert.All(Keywords.Properties.SelectMany(k => k.Spellings), key => Assert.Equal(key, keyPattern.Match($"    {key}: x").Groups[1].Value));
        Assert.Contains("importeer", WordsOf(TextMateScopes.Import));
        foreach (var word in Keywords.Words)
            Assert.True(word.Spellings.All(WordsOf(word.TextMateScope).SelectMany(w => w.Split(' ')).Contains), $"'{word.Text}' is not coloured as {word.TextMateScope}");

        // No other word is coloured as a keyword, but the units 'procent' and 'euro' (values, Vocabulary.ParseUnit).
        var tableWords = Keywords.All.SelectMany(k => k.Spellings).SelectMany(s => s.Split(' ')).ToHashSet();
        var keywordScopes = Keywords.Words.Select(k => k.TextMateScope).Where(s => s.StartsWith("keyword.", StringComparison.Ordinal)).ToHashSet();
        var notInTable = keywordScopes.SelectMany(WordsOf).SelectMany(w => w.Split(' ')).Where(w => !tableWords.Contains(w) && w is not ("procent" or "euro" or "euro's")).ToList();
        Assert.True(notInTable.Count == 0, $"coloured as keywords but not in the table: {string.Join(", ", notInTable)}");

        // A reserved word is never coloured as a declared name or a unit, and every other word may be; after a number
        // no word of a value is taken for a unit, nor a period (14 dagen).
        var repository = grammar.RootElement.GetProperty("repository");
        var reserved = Keywords.Words.Where(k => !k.MayBeName).SelectMany(k => k.Spellings).Where(s => !s.Contains('/')).Order().ToList();
        var names = repository.GetProperty("declaration").GetProperty("patterns").EnumerateArray().Select(p => p.GetProperty("match").GetString()!)
            .Append(repository.GetProperty("unit-after-key").GetProperty("match").GetString()!)
            .Where(r => r.Contains("(?!(?:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, r => Assert.Equal(reserved, NegativeLookahead(r).Order()));
        var valueWords = Keywords.Words.SelectMany(k => k.Spellings).Where(s => !s.Contains('/')).Concat(Vocabulary.Periods.Keys).Order().ToList();
        var afterNumber = repository.GetProperty("numbers").GetProperty("patterns").EnumerateArray().Select(p => p.GetProperty("match").GetString()!)
            .Where(r => r.Contains("(?!(?:", StringComparison.Ordinal)).ToList();
        Assert.All(afterNumber, r => Assert.Equal(valueWords, NegativeLookahead(r).Order()));
    }

    private static JsonElement repositoryOf(JsonDocument grammar) => grammar.RootElement.GetProperty("repository");

    /// <summary>Every regex of the grammar with the scope it gives: a pattern's own name, or the name of each capture.</summary>
    private static void Collect(JsonElement element, List<(string Scope, string Regex)> patterns)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) Collect(item, patterns);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object) return;
        var regex = element.TryGetProperty("match", out var match) ? match.GetString() : element.TryGetProperty("begin", out var begin) ? begin.GetString() : null;
        if (regex is not null)
        {
            if (element.TryGetProperty("name", out var name)) patterns.Add((name.GetString()!, regex));
            if (element.TryGetProperty("captures", out var captures))
                foreach (var capture in captures.EnumerateObject())
                    if (capture.Value.TryGetProperty("name", out var captureName))
                        patterns.Add((captureName.GetString()!, CaptureGroup(regex, int.Parse(capture.Name, System.Globalization.CultureInfo.InvariantCulture)) ?? regex));
        }
        foreach (var property in element.EnumerateObject()) Collect(property.Value, patterns);
    }

    /// <summary>The text of capture group <paramref name="number"/> (counting only plain '(' groups).</summary>
    private static string? CaptureGroup(string regex, int number)
    {
        var count = 0;
        for (var i = 0; i < regex.Length; i++)
        {
            if (regex[i] == '\\') { i++; continue; }
            if (regex[i] != '(' || (i + 1 < regex.Length && regex[i + 1] == '?')) continue;
            if (++count != number) continue;
            var depth = 0;
            for (var j = i; j < regex.Length; j++)
            {
                if (regex[j] == '\\') { j++; continue; }
                if (regex[j] == '(') depth++;
                else if (regex[j] == ')' && --depth == 0) return regex[i..(j + 1)];
            }
        }
        return null;
    }

    /// <summary>The plain words of the alternations in a regex: "(?:hoger\s+dan|toename)" gives "hoger dan", "toename".</summary>
    private static IEnumerable<string> Alternatives(string regex)
    {
        var stripped = StripLookarounds(regex);
        if (PlainWord().IsMatch(stripped)) return [stripped]; // a pattern for one word: ja/nee
        return WordAlternation().Matches(stripped).SelectMany(m => m.Groups[1].Value.Split('|'))
            .Select(w => w.Replace(@"\s+", " ", StringComparison.Ordinal)).Where(w => w.Length > 0 && char.IsLetter(w[0]));
    }

    [GeneratedRegex(@"^[\p{L}/]+$")]
    private static partial Regex PlainWord();

    /// <summary>The words of the first "(?!(?:a|b|…)" in a regex: those it will not take as a name.</summary>
    private static IEnumerable<string> NegativeLookahead(string regex) =>
        NegativeAlternation().Match(regex) is { Success: true } m ? m.Groups[1].Value.Split('|') : [];

    private static string StripLookarounds(string regex) => Lookaround().Replace(regex, "");

    [GeneratedRegex(@"\((?:\?:)?((?:[\p{L}'/]+(?:\\s\+[\p{L}]+)?\|?)+)\)")]
    private static partial Regex WordAlternation();

    [GeneratedRegex(@"\(\?!\(\?:([^)]*)\)")]
    private static partial Regex NegativeAlternation();

    [GeneratedRegex(@"\(\?<?[!=](?:\[[^\]]*\]|\((?:\?:)?[^)]*\)(?:\(\?![^)]*\))?)\)")]
    private static partial Regex Lookaround();

    /// <summary>The generated parser's token numbers are used only inside Syntax/; everything else reads SyntaxKind.</summary>
    [Fact]
    public void Generated_token_numbers_stay_inside_syntax()
    {
        var syntax = Path.Combine("src", "KpiLang.Core", "Syntax") + Path.DirectorySeparatorChar;
        var outside = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repository.Root, f))
            .Where(f => !f.StartsWith(syntax, StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => GeneratedToken().IsMatch(File.ReadAllText(Path.Combine(Repository.Root, f))));
        Assert.Empty(outside);
    }

    [GeneratedRegex(@"\bKpiLexer\b|\bKpiParser\b|Syntax\.Generated")]
    private static partial Regex GeneratedToken();

    /// <summary>Unknown input never silently becomes an indicator or a 'vervangt': a switch on a kind names every case and throws otherwise.</summary>
    [Fact]
    public void No_fallback_maps_an_unknown_kind_to_indicator_or_vervangt()
    {
        var offenders = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select(line => (File: Path.GetFileName(f), Line: line)))
            .Where(l => Fallback().IsMatch(l.Line))
            .Select(l => $"{l.File}: {l.Line.Trim()}");
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\b_\s*=>.*\b(Indicator|Vervangt|indicator)\b")]
    private static partial Regex Fallback();

    /// <summary>The completion templates use the table's spellings for the keywords they write.</summary>
    [Fact]
    public void Completion_templates_write_keywords_of_the_table()
    {
        var templates = File.ReadAllText(Path.Combine(Repository.Root, "src", "KpiLang.LanguageServer", "Features", "Completion", "Templates.cs"));
        var keys = TemplateKey().Matches(templates).Select(m => m.Groups[1].Value).Distinct().ToList();
        var declarations = TemplateDeclaration().Matches(templates).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(keys);
        Assert.All(keys, k => Assert.Equal(k, Keywords.FindProperty(k.Split(' ')[0])?.Text.Replace("ï", "i", StringComparison.Ordinal) is { } t && t == k.Replace("ï", "i", StringComparison.Ordinal) ? k : null));
        Assert.All(declarations, d => Assert.Equal(KeywordRole.Declaration, Keywords.Find(d)?.Role));
    }

    [GeneratedRegex(@"\\t([\p{L}]+(?: aan| met)?):")]
    private static partial Regex TemplateKey();

    [GeneratedRegex(@"""(?:\\t)*([\p{L}]+) \$\{1:")]
    private static partial Regex TemplateDeclaration();
}
