using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.Compiler;

/// <summary>Answers questions about one file of a compilation: what symbol a name declares or refers to.</summary>
public sealed class SemanticModel(Compilation compilation, SyntaxTree tree)
{
    public Compilation Compilation { get; } = compilation;

    public SyntaxTree SyntaxTree { get; } = tree;

    public Symbol? GetDeclaredSymbol(DeclarationSyntax declaration) => Compilation.GetDeclaredSymbol(declaration);

    /// <summary>The symbol a token names: the declaration it is the name of, or the declaration it refers to.</summary>
    public Symbol? GetSymbol(SyntaxToken token) =>
        token.Parent is DeclarationSyntax declaration && declaration.Name == token
            ? GetDeclaredSymbol(declaration)
            : Compilation.GetReferencedSymbol(token);

    public Symbol? GetSymbolAt(int position) => SyntaxTree.FindToken(position) is { } token ? GetSymbol(token) : null;

    /// <summary>The innermost declaration around a position, or null at top level.</summary>
    public Symbol? GetEnclosingSymbol(int position)
    {
        var token = SyntaxTree.FindToken(position);
        var declaration = token?.Ancestors().OfType<DeclarationSyntax>().FirstOrDefault();
        return declaration is null ? null : GetDeclaredSymbol(declaration);
    }
}
