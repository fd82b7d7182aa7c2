using System.Text.RegularExpressions;
using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Protocol;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// Offers what may be written at the cursor: after a property key its values (actors, goals, indicators, units,
/// frequencies, the words of a choice); at the start of a line the properties and declarations the enclosing
/// declaration may hold, with templates.
/// </summary>
internal static partial class CompletionProvider
{
    private static readonly string[] Units = ["%", "euro", "dagen", "weken", "maanden", "jaren"];

    public static CompletionList Complete(Compilation compilation, SyntaxTree tree, int offset, Language language)
    {
        var text = tree.Text;
        var line = text.GetLineIndex(offset);
        var lineStart = text.GetLineSpan(line).Start;
        var before = text.Text[lineStart..offset];
        var symbols = compilation.GetSpecificationSymbols(compilation.GetSpecificationId(tree)).ToList();

        var property = PropertyPattern().Match(before);
        var items = property.Success
            ? Values(property.Groups[1].Value, property.Groups[2].Value, symbols, language)
            : LineStart(tree, offset, language);
        return new CompletionList(false, [.. items]);
    }

    private static IEnumerable<CompletionItem> Values(string key, string typed, List<Symbol> symbols, Language language)
    {
        IEnumerable<CompletionItem> Symbols(params SymbolKind[] kinds) =>
            symbols.Where(s => kinds.Contains(s.Kind)).Select(s => new CompletionItem(s.Name, KindOf(s.Kind), s.Title,
                Documentation: s.Description is null ? null : MarkupContent.Markdown(s.Description)));
        IEnumerable<CompletionItem> Words(IEnumerable<string> words, int kind = CompletionItemKinds.Value) =>
            words.Select(w => new CompletionItem(w, kind));
        var lastWord = typed.TrimEnd().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        var afterActor = typed.EndsWith(' ') && lastWord is not null && symbols.Any(s => s.Kind == SymbolKind.Actor && s.Name == lastWord);

        return key switch
        {
            "eigenaar" or "partners" or "afgesproken met" => Symbols(SymbolKind.Actor),
            "invoer" or "inzage" or "bespreking" or "rapportage" => afterActor ? Frequencies() : Symbols(SymbolKind.Actor),
            "herijking" => lastWord == "door" ? Symbols(SymbolKind.Actor) : Frequencies().Concat(Words(["door", "volgende"], CompletionItemKinds.Keyword)),
            "beïnvloedt" or "beinvloedt" => Symbols(SymbolKind.Goal, SymbolKind.Effort, SymbolKind.Indicator),
            "gekoppeld aan" or "vervangt" => Symbols(SymbolKind.Indicator),
            "frequentie" => Frequencies(),
            "eenheid" => Words(Units, CompletionItemKinds.Unit),
            "laag" => Words(Vocabulary.Layers.Keys.Where(k => k != "activiteiten").Order()),
            "soort" => Words(Vocabulary.IndicatorKinds.Keys.Concat(Vocabulary.ActorKinds.Keys).Distinct().Order()),
            "methode" => Words(Vocabulary.Methods.Keys.Where(k => k is not "enquete" and not "interviews").Order()),
            "niveau" => Words(Vocabulary.Levels.Keys.Order()),
            "richting" => Words(Vocabulary.Directions.Keys.Order()),
            "verhaal" => lastWord is "als" ? Symbols(SymbolKind.Actor) : [],
            _ => [],
        };

        IEnumerable<CompletionItem> Frequencies() => Vocabulary.FrequencyWords.OrderByDescending(f => f.Value)
            .Select((f, i) => new CompletionItem(f.Key, CompletionItemKinds.Value, SortText: i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static IEnumerable<CompletionItem> LineStart(SyntaxTree tree, int offset, Language language)
    {
        var (keys, declarations) = Allowed(tree, offset);
        foreach (var key in keys)
        {
            var word = Placement.KeyText(key);
            yield return new CompletionItem(word, CompletionItemKinds.Property, KeywordHelp.Describe(KeywordKind(key))?.Get(language),
                word + ": ", InsertTextFormats.PlainText, SortText: "2_" + word);
        }
        foreach (var declaration in declarations)
        {
            var word = declaration.Keyword();
            yield return new CompletionItem(word, CompletionItemKinds.Keyword, null, SortText: "1_" + word);
        }
        if (declarations.Contains(DeclarationKind.Goal))
            yield return Snippets.Item("doel …", Snippets.Goal, new("nieuw doel met een inspanning", "new goal with an effort"), language);
        if (declarations.Contains(DeclarationKind.Effort))
            yield return Snippets.Item("inspanning …", Snippets.Effort, new("nieuwe inspanning", "new effort"), language);
        if (declarations.Contains(DeclarationKind.Indicator))
            yield return Snippets.Item("indicator …", Snippets.Indicator, new("nieuwe SMART-indicator", "new SMART indicator"), language);
        if (keys.Contains(PropertyKey.Verhaal))
            yield return Snippets.Item("verhaal …", Snippets.Story, new("user story: als … wil ik inzicht in … zodat …", "user story: as … I want insight into … so that …"), language);
    }

    /// <summary>What the innermost block around the position may hold (the file's top level outside any block).</summary>
    private static (IReadOnlyCollection<PropertyKey> Keys, IReadOnlyCollection<DeclarationKind> Declarations) Allowed(SyntaxTree tree, int offset)
    {
        var block = tree.Root.DescendantNodes().OfType<BlockSyntax>()
            .Where(b => b.OpenBrace.Span.End <= offset && (b.CloseBrace.IsMissing || offset <= b.CloseBrace.Span.Start))
            .OrderByDescending(b => b.OpenBrace.Span.Start)
            .FirstOrDefault();
        return block?.Parent switch
        {
            DeclarationSyntax declaration => (Placement.Properties[declaration.Kind], Placement.NestedDeclarations[declaration.Kind]),
            TargetPropertySyntax => (Placement.TargetProperties, []),
            _ => ([], Placement.TopLevelDeclarations),
        };
    }

    private static int KeywordKind(PropertyKey key) =>
        Enumerable.Range(1, Syntax.Generated.KpiLexer.UNKNOWN_CHAR)
            .FirstOrDefault(kind => TokenDescriptions.Literal(kind) == Placement.KeyText(key).Split(' ')[0] ||
                (key == PropertyKey.Beinvloedt && kind == Syntax.Generated.KpiLexer.BEINVLOEDT));

    private static int KindOf(SymbolKind kind) => kind switch
    {
        SymbolKind.Actor => CompletionItemKinds.Class,
        SymbolKind.Goal => CompletionItemKinds.Event,
        SymbolKind.Effort => CompletionItemKinds.Reference,
        SymbolKind.Indicator => CompletionItemKinds.Field,
        _ => CompletionItemKinds.Module,
    };

    [GeneratedRegex(@"^\s*(gekoppeld aan|afgesproken met|[\p{L}]+)\s*:(.*)$")]
    private static partial Regex PropertyPattern();
}
