using System.Globalization;
using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Protocol;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features.Completion;

/// <summary>
/// After a property's colon: what may follow the last token written, per property. Names come from the
/// specification (never the indicator itself, never one already listed), words from the vocabulary, and a target
/// walks through its grammar: comparison, value, unit, period, deadline.
/// </summary>
internal static class ValueCompletions
{
    public static IEnumerable<CompletionItem> Offer(CompletionPlace place, CompletionData data, Language language)
    {
        var previous = place.Previous!;
        var property = place.Property!;
        var start = previous.Kind is SyntaxKind.Colon or SyntaxKind.Comma;
        return property switch
        {
            TargetPropertySyntax => Target(previous, data, place, language),
            BaselinePropertySyntax => start ? [Snippet("op …", "op ${1:" + Date(data.Today) + "}", "op", language)] : AfterQuantity(previous, data, place, language, window: false),
            StoryPropertySyntax story => Story(story.Story, previous, data),
            ReviewPropertySyntax review => Review(review, previous, data),
            AudiencePropertySyntax => start ? Names(data, property, place, SymbolKind.Actor)
                : previous.Parent is AudienceSyntax audience && audience.Who == previous ? Frequencies(language) : [],
            ReplacementPropertySyntax replacement => start ? Names(data, property, place, SymbolKind.Indicator)
                : previous == replacement.Replaced ? Words(SyntaxKind.PerKeyword, SyntaxKind.OmdatKeyword) : [],
            ReferencePropertySyntax when !start => [],
            ReferencePropertySyntax => property.Key switch
            {
                PropertyKey.Beinvloedt => Names(data, property, place, SymbolKind.Goal, SymbolKind.Effort, SymbolKind.Indicator),
                PropertyKey.GekoppeldAan => Names(data, property, place, SymbolKind.Indicator),
                PropertyKey.Uitsplitsing => [],
                _ => Names(data, property, place, SymbolKind.Actor),
            },
            _ when !start => [],
            FrequencyPropertySyntax => [.. Frequencies(language), .. Words(SyntaxKind.ElkeKeyword)],
            UnitPropertySyntax => Values(VocabularyWords.Units, CompletionItemKinds.Unit, language),
            KindPropertySyntax => Values(place.Declaration?.Kind == DeclarationKind.Actor ? VocabularyWords.ActorKinds : VocabularyWords.IndicatorKinds,
                CompletionItemKinds.EnumMember, language),
            ChoicePropertySyntax => property.Key switch
            {
                PropertyKey.Laag => Values(VocabularyWords.Layers, CompletionItemKinds.EnumMember, language),
                PropertyKey.Methode => Values(VocabularyWords.Methods, CompletionItemKinds.EnumMember, language),
                PropertyKey.Niveau => Values(VocabularyWords.Levels, CompletionItemKinds.EnumMember, language),
                _ => Values(VocabularyWords.Directions, CompletionItemKinds.EnumMember, language),
            },
            _ => [],
        };
    }

    private static IEnumerable<CompletionItem> Target(SyntaxToken previous, CompletionData data, CompletionPlace place, Language language)
    {
        if (previous.Kind == SyntaxKind.Colon)
            return SyntaxFacts.Comparators.Select((kind, i) => Word(ComparatorPhrase(kind), CompletionItemKinds.Operator, i));
        // A direction only ("toename") names no value: what follows is the term.
        if (previous.Kind is SyntaxKind.ToenameKeyword or SyntaxKind.AfnameKeyword or SyntaxKind.StabielKeyword) return TimeBounds(data, language);
        if (previous.Kind is SyntaxKind.HogerKeyword or SyntaxKind.LagerKeyword or SyntaxKind.BeterKeyword) return [Word("dan", CompletionItemKinds.Keyword, 0)];
        if (previous.Kind == SyntaxKind.GelijkKeyword) return [Word("aan", CompletionItemKinds.Keyword, 0)];
        if (SyntaxFacts.Comparators.Contains(previous.Kind) || previous.Kind is SyntaxKind.EnKeyword or SyntaxKind.Plus or SyntaxKind.Minus
            or SyntaxKind.DanKeyword or SyntaxKind.AanKeyword)
            return [Word("nulmeting", CompletionItemKinds.Keyword, 0), Word("vorige periode", CompletionItemKinds.Keyword, 1),
                Snippet("benchmark …", "benchmark \"${1:landelijk gemiddelde}\"", "benchmark", language),
                Snippet("niveau van …", "niveau van ${1:" + data.Today.Year.ToString(CultureInfo.InvariantCulture) + "}", "niveau", language)];
        if (previous.Kind == SyntaxKind.InKeyword && previous.Parent is TimeBoundSyntax)
            return Enumerable.Range(data.Today.Year, 6).Select((year, i) => Word(year.ToString(CultureInfo.InvariantCulture), CompletionItemKinds.Constant, i));
        if (previous.Parent is TimeBoundSyntax) return [];
        if (previous.Parent is WindowSyntax window)
            return previous == window.Period ? TimeBounds(data, language) : window.Count is null ? Values(VocabularyWords.Periods, CompletionItemKinds.Unit, language) : [];
        return AfterQuantity(previous, data, place, language, window: true);
    }

    /// <summary>After a number (or its unit): the unit, then a period and a deadline (only deadlines for a baseline).</summary>
    private static IEnumerable<CompletionItem> AfterQuantity(SyntaxToken previous, CompletionData data, CompletionPlace place, Language language, bool window)
    {
        var items = new List<CompletionItem>();
        if (previous.Kind == SyntaxKind.Number)
        {
            var declared = (place.Declaration is { } d ? data.Model.GetDeclaredSymbol(d) as IndicatorSymbol : null)?.Unit?.Name is { Length: > 0 } name ? name : null;
            var units = declared is null ? VocabularyWords.Units : [declared, .. VocabularyWords.Units.Where(u => u != declared)];
            items.AddRange(units.Select((u, i) => Word(u, CompletionItemKinds.Unit, i)));
            if (previous.Ancestors().OfType<OperandSyntax>().FirstOrDefault() is { Reference: not null }) items.Add(Word("procentpunt", CompletionItemKinds.Unit, 0));
            if (previous.Ancestors().OfType<ComparisonSyntax>().FirstOrDefault() is { AndKeyword: null, Comparator: [{ Kind: SyntaxKind.TussenKeyword }] })
                return [Word("en", CompletionItemKinds.Keyword, 0)];
        }
        if (window)
        {
            items.Add(Word("per", CompletionItemKinds.Keyword, 20));
            items.Add(Snippet("over … jaar", "over ${1:4} ${2|" + string.Join(',', VocabularyWords.Periods) + "|}", "over", language));
            items.AddRange(TimeBounds(data, language));
        }
        else
        {
            items.Add(Snippet("op …", "op ${1:" + Date(data.Today) + "}", "op", language));
            items.Add(Snippet("in …", "in ${1:" + data.Today.Year.ToString(CultureInfo.InvariantCulture) + "}", "in", language));
        }
        return items;
    }

    /// <summary>"hoger dan" and "gelijk aan" are one comparison of two words (the table's phrase); the others are one word.</summary>
    private static string ComparatorPhrase(SyntaxKind kind) =>
        Keywords.Words.FirstOrDefault(k => k.Kind == kind)?.Phrase ?? SyntaxFacts.Spelling(kind);

    private static IEnumerable<CompletionItem> TimeBounds(CompletionData data, Language language) =>
    [
        Snippet("eind …", "eind ${1:" + (data.Today.Year + 1).ToString(CultureInfo.InvariantCulture) + "}", "eind", language),
        Snippet("medio …", "medio ${1:" + (data.Today.Year + 1).ToString(CultureInfo.InvariantCulture) + "}", "medio", language),
        Snippet("in …", "in ${1:" + (data.Today.Year + 1).ToString(CultureInfo.InvariantCulture) + "}", "in", language),
        Snippet("uiterlijk …", "uiterlijk ${1:" + Date(new DateOnly(data.Today.Year + 1, 12, 31)) + "}", "uiterlijk", language),
        Snippet("vanaf …", "vanaf ${1:" + Date(data.Today) + "}", "vanaf", language),
        Snippet("van … tot …", "van ${1:" + Date(data.Today) + "} tot ${2:" + Date(new DateOnly(data.Today.Year + 1, 12, 31)) + "}", "van", language),
    ];

    private static IEnumerable<CompletionItem> Story(UserStorySyntax story, SyntaxToken previous, CompletionData data)
    {
        if (previous.Kind == SyntaxKind.Colon) return [Word("als", CompletionItemKinds.Keyword, 0)];
        if (previous == story.AsKeyword) return ActorItems(data);
        if (previous == story.Who) return [Word("wil ik inzicht in", CompletionItemKinds.Keyword, 0), Word("willen we inzicht in", CompletionItemKinds.Keyword, 1)];
        if (story.Insight.Span.Length > 0 && previous.Span.End == story.Insight.Span.End) return [Word("zodat", CompletionItemKinds.Keyword, 0)];
        return [];
    }

    private static IEnumerable<CompletionItem> Review(ReviewPropertySyntax review, SyntaxToken previous, CompletionData data)
    {
        if (previous.Kind == SyntaxKind.Colon) return Frequencies(Language.Nl);
        if (previous == review.ByKeyword) return ActorItems(data);
        if (previous.Kind == SyntaxKind.VolgendeKeyword) return [];
        if (previous.Parent == review.Frequency) return Words(SyntaxKind.DoorKeyword, SyntaxKind.VolgendeKeyword);
        if (previous == review.Reviewer || previous == review.Comma) return Words(SyntaxKind.VolgendeKeyword);
        return [];
    }

    /// <summary>Declared names of the kinds asked for, without the ones already in the list and without the declaration itself.</summary>
    private static IEnumerable<CompletionItem> Names(CompletionData data, PropertySyntax property, CompletionPlace place, params SymbolKind[] kinds)
    {
        var listed = property.DescendantNodes().OfType<ReferenceSyntax>().Select(r => r.Identifier?.Text).Concat(
            property.DescendantNodes().OfType<AudienceSyntax>().Select(a => a.Who.Text)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (place.Declaration is { } self) listed.Add(self.Name.Text);
        return data.Symbols.Where(s => kinds.Contains(s.Kind) && !listed.Contains(s.Name)).DistinctBy(s => s.Name)
            .Select(s => new CompletionItem(s.Name, KindOf(s.Kind), s.Title,
                Documentation: s.Description is null ? null : MarkupContent.Markdown(s.Description)));
    }

    private static IEnumerable<CompletionItem> ActorItems(CompletionData data) =>
        data.Symbols.Where(s => s.Kind == SymbolKind.Actor).DistinctBy(s => s.Name)
            .Select(s => new CompletionItem(s.Name, CompletionItemKinds.Class, s.Title));

    private static IEnumerable<CompletionItem> Frequencies(Language language) => Values(VocabularyWords.Frequencies, CompletionItemKinds.EnumMember, language);

    /// <summary>Vocabulary words in their given order, each explained as on hover.</summary>
    private static IEnumerable<CompletionItem> Values(IReadOnlyList<string> words, int kind, Language language) =>
        words.Select((w, i) => new CompletionItem(w, kind, ValueHelp.Describe(w)?.Get(language), SortText: i.ToString("D2", CultureInfo.InvariantCulture)));

    private static IEnumerable<CompletionItem> Words(params SyntaxKind[] kinds) =>
        kinds.Select((k, i) => Word(SyntaxFacts.Spelling(k), CompletionItemKinds.Keyword, i));

    private static CompletionItem Word(string word, int kind, int order) =>
        new(word, kind, SortText: order.ToString("D2", CultureInfo.InvariantCulture));

    private static CompletionItem Snippet(string label, string body, string filter, Language language) =>
        new(label, CompletionItemKinds.Snippet, new LocalizedText("vul in", "fill in").Get(language), body, InsertTextFormats.Snippet,
            SortText: "50_" + label, FilterText: filter);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int KindOf(SymbolKind kind) => kind switch
    {
        SymbolKind.Actor => CompletionItemKinds.Class,
        SymbolKind.Goal => CompletionItemKinds.Event,
        SymbolKind.Effort => CompletionItemKinds.Function,
        SymbolKind.Indicator => CompletionItemKinds.Field,
        _ => CompletionItemKinds.Module,
    };
}
