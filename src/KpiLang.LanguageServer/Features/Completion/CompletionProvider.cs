using KpiLang.Analysis;
using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Protocol;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features.Completion;

/// <summary>
/// Offers what may be written at the cursor, decided from the syntax tree (<see cref="CompletionPlace"/>): at the
/// start of a member the properties and declarations of that block, after a colon the values of that property, in a
/// <c>// kpi-negeer</c> comment the rule codes. Each word is offered once.
/// </summary>
internal static class CompletionProvider
{
    public static CompletionList Complete(Compilation compilation, SyntaxTree tree, int offset, Language language)
    {
        var place = CompletionPlace.Find(tree, offset);
        IEnumerable<CompletionItem> items = place.Kind switch
        {
            PlaceKind.MemberStart => MemberCompletions.Offer(place, new CompletionData(compilation, tree), language),
            PlaceKind.Value => ValueCompletions.Offer(place, new CompletionData(compilation, tree), language),
            PlaceKind.SuppressionCode => RuleCodes(language),
            _ => [],
        };
        return new CompletionList(false, [.. items.DistinctBy(i => i.Label)]);
    }

    private static IEnumerable<CompletionItem> RuleCodes(Language language) =>
        RuleCatalog.Rules.Select(r => new CompletionItem(r.Code, CompletionItemKinds.Constant, r.Descriptor.Title,
            Documentation: MarkupContent.Markdown(r.Descriptor.Description.Get(language)), SortText: r.Code));
}
