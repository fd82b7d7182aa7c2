using KpiLang.Compiler;
using KpiLang.LanguageServer.Protocol;
using KpiLang.LanguageServer.Workspace;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features;

/// <summary>Go to definition and find references.</summary>
internal static class NavigationProvider
{
    public static Location? Definition(Compilation compilation, SyntaxTree tree, int offset) =>
        SymbolFinder.At(compilation, tree, offset) is { } found
            ? new Location(DocumentUris.FromPath(found.Symbol.SyntaxTree.Path), Positions.ToRange(found.Symbol.Location))
            : null;

    public static Location[] References(Compilation compilation, SyntaxTree tree, int offset, bool includeDeclaration) =>
        SymbolFinder.At(compilation, tree, offset) is { } found
            ? [.. SymbolFinder.Occurrences(compilation, found.Symbol, includeDeclaration)
                .Select(o => new Location(DocumentUris.FromPath(o.Tree.Path), Positions.ToRange(o.Tree.Text, o.Token.Span)))]
            : [];
}
