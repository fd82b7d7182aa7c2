using KpiLang.Syntax;

namespace KpiLang.Semantics;

public sealed class OrganisationSymbol(string name, string? title, DeclarationSyntax declaration, SyntaxTree tree)
    : Symbol(name, title, declaration, tree, null)
{
    public override SymbolKind Kind => SymbolKind.Organisation;
    public string? Mission { get; internal set; }
    public string? Vision { get; internal set; }
    public ReviewCycle? Review { get; internal set; }
}
