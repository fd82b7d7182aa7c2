using KpiLang.Compiler;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features;

/// <summary>The symbol at a position and every place that names it, across the files of its specification.</summary>
internal static class SymbolFinder
{
    public static (Symbol Symbol, SyntaxToken Token)? At(Compilation compilation, SyntaxTree tree, int offset)
    {
        if (tree.FindToken(offset) is not { } token) return null;
        return compilation.GetSemanticModel(tree).GetSymbol(token) is { } symbol ? (symbol, token) : null;
    }

    /// <summary>The declaration's name and every reference, each with the file it is in.</summary>
    public static IEnumerable<(SyntaxTree Tree, SyntaxToken Token)> Occurrences(Compilation compilation, Symbol symbol, bool includeDeclaration)
    {
        if (includeDeclaration && !symbol.Declaration.Name.IsMissing) yield return (symbol.SyntaxTree, symbol.Declaration.Name);
        var trees = new Dictionary<SyntaxNode, SyntaxTree>(ReferenceEqualityComparer.Instance);
        foreach (var t in compilation.SyntaxTrees) trees[t.Root] = t;
        foreach (var reference in compilation.GetReferences(symbol))
        {
            var root = reference.Ancestors().LastOrDefault();
            if (root is not null && trees.TryGetValue(root, out var tree)) yield return (tree, reference);
        }
    }
}
