using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Protocol;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features;

/// <summary>What a hover shows: for a name, the symbol it declares or refers to; for a keyword, what it means.</summary>
internal static class HoverProvider
{
    public static Hover? Hover(Compilation compilation, SyntaxTree tree, int offset, Language language)
    {
        if (tree.FindToken(offset) is not { } token) return null;
        var range = Positions.ToRange(tree.Text, token.Span);
        if (compilation.GetSemanticModel(tree).GetSymbol(token) is { } symbol)
            return new Hover(MarkupContent.Markdown(SymbolDescriptions.Describe(symbol, compilation, language)), range);
        if (KeywordHelp.Describe(token.Kind) is { } help)
            return new Hover(MarkupContent.Markdown($"**{token.Text}** — {help.Get(language)}"), range);
        return null;
    }
}
