using KpiLang.LanguageServer.Protocol;
using KpiLang.LanguageServer.Workspace;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features;

/// <summary>The document outline (scope → goals → efforts → indicators) and the workspace-wide symbol search.</summary>
internal static class OutlineProvider
{
    public static DocumentSymbol[] DocumentSymbols(SyntaxTree tree) =>
        [.. tree.Root.Members.OfType<DeclarationSyntax>().Select(d => ToSymbol(tree, d))];

    private static DocumentSymbol ToSymbol(SyntaxTree tree, DeclarationSyntax declaration)
    {
        var name = declaration.Name.IsMissing ? declaration.Keyword.Text : declaration.Name.Text;
        var nameSpan = declaration.Name.IsMissing ? declaration.Keyword.Span : declaration.Name.Span;
        return new DocumentSymbol(
            name,
            declaration.Title?.Value is { Length: > 0 } title ? $"{declaration.Keyword.Text} — {title}" : declaration.Keyword.Text,
            KindOf(declaration.Kind),
            Positions.ToRange(tree.Text, declaration.Span),
            Positions.ToRange(tree.Text, nameSpan),
            [.. declaration.Members.OfType<DeclarationSyntax>().Select(d => ToSymbol(tree, d))]);
    }

    public static SymbolInformation[] WorkspaceSymbols(IEnumerable<CheckedSpecification> groups, string query, int limit = 500) =>
        [.. groups.SelectMany(g => g.Compilation.Symbols)
            .Where(s => s.SyntaxTree.Path.Length > 0)
            .Where(s => query.Length == 0 || s.Name.Contains(query, StringComparison.OrdinalIgnoreCase) || s.Title.Contains(query, StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .Take(limit)
            .Select(s => new SymbolInformation(s.Name, KindOf(s.Declaration.Kind),
                new Location(DocumentUris.FromPath(s.SyntaxTree.Path), Positions.ToRange(s.Location)), s.Container?.Name))];

    public static int KindOf(DeclarationKind kind) => kind switch
    {
        DeclarationKind.Organisation => SymbolKinds.Module,
        DeclarationKind.Scope => SymbolKinds.Namespace,
        DeclarationKind.Actor => SymbolKinds.Class,
        DeclarationKind.Goal => SymbolKinds.Event,
        DeclarationKind.Effort => SymbolKinds.Function,
        _ => SymbolKinds.Field,
    };

    public static int KindOf(SymbolKind kind) => kind switch
    {
        SymbolKind.Organisation => SymbolKinds.Module,
        SymbolKind.Scope => SymbolKinds.Namespace,
        SymbolKind.Actor => SymbolKinds.Class,
        SymbolKind.Goal => SymbolKinds.Event,
        SymbolKind.Effort => SymbolKinds.Function,
        _ => SymbolKinds.Field,
    };
}
