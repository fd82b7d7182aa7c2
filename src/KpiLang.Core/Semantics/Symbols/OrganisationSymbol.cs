using KpiLang.Syntax;

namespace KpiLang.Semantics;

public sealed class OrganisationSymbol(string name, string? title, DeclarationSyntax declaration, SyntaxTree tree)
    : Symbol(name, title, declaration, tree, null)
{
    public override SymbolKind Kind => SymbolKind.Organisation;
    public string? Mission => Text(PropertyKey.Missie);
    public string? Vision => Text(PropertyKey.Visie);
    public ReviewCycle? Review { get; internal set; }
}
