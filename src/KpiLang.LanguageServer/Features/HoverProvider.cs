using KpiLang.Analysis;
using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Protocol;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// What a hover shows: for a name, the symbol it declares or refers to; for a rule code in a <c>// kpi-negeer</c>
/// comment, the rule; for a value word (<c>maandelijks</c>, <c>impact</c>) what it means; for a keyword, what it means.
/// </summary>
internal static class HoverProvider
{
    /// <param name="findingsIn">The findings of a file, as the editor shows them: the SMART checklist is built from them.</param>
    public static Hover? Hover(Compilation compilation, SyntaxTree tree, int offset, Language language,
        Func<string, IEnumerable<KpiLang.Diagnostics.Diagnostic>> findingsIn)
    {
        if (CommentAt(tree, offset) is { } comment)
            return SuppressionComment.CodeAt(comment.Text, offset - comment.Span.Start) is { } code && RuleHelp.Describe(code.Code, language) is { } rule
                ? new Hover(MarkupContent.Markdown(rule), Positions.ToRange(tree.Text, new TextSpan(comment.Span.Start + code.Start, code.Code.Length)))
                : null;
        if (tree.FindToken(offset) is not { } token) return null;
        var range = Positions.ToRange(tree.Text, token.Span);
        if (compilation.GetSemanticModel(tree).GetSymbol(token) is { } symbol)
            return new Hover(MarkupContent.Markdown(SymbolDescriptions.Describe(symbol, compilation, language, findingsIn)), range);
        if (IsValue(token) && ValueHelp.Describe(token.Text) is { } value)
            return new Hover(MarkupContent.Markdown($"**{token.Text}** — {value.Get(language)}"), range);
        if (token.Keyword?.Help is { } help)
            return new Hover(MarkupContent.Markdown($"**{token.Text}** — {help.Get(language)}"), range);
        return null;
    }

    /// <summary>A word in a property's value (not its key): 'organisatie' after 'soort:' is a kind, not the declaration.</summary>
    private static bool IsValue(SyntaxToken token) =>
        token.Ancestors().OfType<PropertySyntax>().FirstOrDefault() is { } property && !property.KeyTokens.Contains(token);

    private static SyntaxTrivia? CommentAt(SyntaxTree tree, int offset)
    {
        foreach (var token in tree.Root.Tokens())
        {
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
                if (trivia.IsComment && trivia.Span.Start <= offset && offset < trivia.Span.End) return trivia;
            if (token.Span.Start > offset) break;
        }
        return null;
    }
}
