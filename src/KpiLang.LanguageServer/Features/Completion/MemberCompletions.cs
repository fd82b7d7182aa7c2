using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Protocol;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features.Completion;

/// <summary>
/// At the start of a member: the properties this block may hold and does not hold yet, and the declarations it may
/// hold, each once. The table is <see cref="Placement"/>, the one the binder enforces. A declaration inserts its
/// template; a property its key and colon.
/// </summary>
internal static class MemberCompletions
{
    public static IEnumerable<CompletionItem> Offer(CompletionPlace place, CompletionData data, Language language)
    {
        var (keys, declarations) = Allowed(place.Block);
        var taken = place.Block?.Members.OfType<PropertySyntax>()
            .Where(p => p.KeyTokens.Length > 0 && p.KeyTokens[0].Span.Start != place.WordStart && !p.Colon.IsMissing)
            .Select(p => p.Key).ToHashSet() ?? [];
        foreach (var key in keys.Where(k => Placement.Repeatable.Contains(k) || !taken.Contains(k)).OrderBy(Placement.KeyText, StringComparer.Ordinal))
        {
            var word = Placement.KeyText(key);
            var help = Keywords.Of(key).Help?.Get(language);
            if (key == PropertyKey.Verhaal)
            {
                yield return new CompletionItem(word, CompletionItemKinds.Property, help, Templates.Story(data.Actors), InsertTextFormats.Snippet,
                    Preview(Templates.Story(data.Actors)), "2_" + word);
                continue;
            }
            yield return new CompletionItem(word, CompletionItemKinds.Property, help, word + ": ", InsertTextFormats.PlainText, SortText: "2_" + word,
                Command: TriggerSuggest);
        }
        foreach (var kind in declarations.OrderBy(d => d))
        {
            var word = kind.Keyword();
            var body = Templates.For(kind, data.Actors, data.Today);
            yield return new CompletionItem(word, CompletionItemKinds.Snippet, Keywords.Of(kind).Help?.Get(language), body, InsertTextFormats.Snippet,
                Preview(body), "1_" + word);
        }
    }

    /// <summary>VS Code's own command that opens the list again: after "eigenaar: " the actors show at once.</summary>
    private static readonly Command TriggerSuggest = new("", "editor.action.triggerSuggest");

    private static MarkupContent Preview(string body) => MarkupContent.Markdown("```kpi\n" + Templates.Plain(body) + "\n```");

    /// <summary>What the block may hold: a declaration's block, a target's block, or the file's top level.</summary>
    private static (IReadOnlyCollection<PropertyKey> Keys, IReadOnlyCollection<DeclarationKind> Declarations) Allowed(BlockSyntax? block) =>
        block?.Parent switch
        {
            DeclarationSyntax declaration => (Placement.Properties[declaration.Kind], Placement.NestedDeclarations[declaration.Kind]),
            TargetPropertySyntax => (Placement.TargetProperties, []),
            null => ([], Placement.TopLevelDeclarations),
            _ => ([], []),
        };
}
