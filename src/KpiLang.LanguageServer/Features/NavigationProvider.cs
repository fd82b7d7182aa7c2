using KpiLang.Compiler;
using KpiLang.LanguageServer.Protocol;
using KpiLang.LanguageServer.Workspace;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.LanguageServer.Features;

/// <summary>Go to definition (of a name, or of the file an import names), find references, highlights and import links.</summary>
internal static class NavigationProvider
{
    public static Location? Definition(Compilation compilation, SyntaxTree tree, int offset)
    {
        if (ImportAt(compilation, tree, offset) is { } target) return new Location(DocumentUris.FromPath(target.Path), new Protocol.Range(new(0, 0), new(0, 0)));
        return SymbolFinder.At(compilation, tree, offset) is { } found
            ? new Location(DocumentUris.FromPath(found.Symbol.SyntaxTree.Path), Positions.ToRange(found.Symbol.Location))
            : null;
    }

    public static Location[] References(Compilation compilation, SyntaxTree tree, int offset, bool includeDeclaration) =>
        SymbolFinder.At(compilation, tree, offset) is { } found
            ? [.. SymbolFinder.Occurrences(compilation, found.Symbol, includeDeclaration)
                .Select(o => new Location(DocumentUris.FromPath(o.Tree.Path), Positions.ToRange(o.Tree.Text, o.Token.Span)))]
            : [];

    /// <summary>Every occurrence of the name under the cursor in this file: its declaration written, references read.</summary>
    public static DocumentHighlight[] Highlights(Compilation compilation, SyntaxTree tree, int offset) =>
        SymbolFinder.At(compilation, tree, offset) is { } found
            ? [.. SymbolFinder.Occurrences(compilation, found.Symbol, includeDeclaration: true)
                .Where(o => o.Tree == tree)
                .Select(o => new DocumentHighlight(Positions.ToRange(tree.Text, o.Token.Span), o.Token == found.Symbol.Declaration.Name ? 3 : 2))]
            : [];

    /// <summary>Each import's path, between the quotes, links to the file it resolves to.</summary>
    public static DocumentLink[] Links(Compilation compilation, SyntaxTree tree) =>
        [.. compilation.GetImports(tree).Select(i => new DocumentLink(Positions.ToRange(tree.Text, InsideQuotes(i.Directive.Path)),
            DocumentUris.FromPath(i.Target.Path), Path.GetFileName(i.Target.Path)))];

    private static SyntaxTree? ImportAt(Compilation compilation, SyntaxTree tree, int offset) =>
        compilation.GetImports(tree).FirstOrDefault(i => i.Directive.Span.Contains(offset) || i.Directive.Span.End == offset).Target;

    private static TextSpan InsideQuotes(SyntaxToken path) =>
        path.Span.Length >= 2 ? new TextSpan(path.Span.Start + 1, path.Span.Length - 2) : path.Span;
}
