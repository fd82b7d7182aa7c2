namespace KpiLang.Syntax;

/// <summary><c>importeer "gedeeld/actoren.kpi"</c></summary>
public sealed class ImportDirectiveSyntax(SyntaxToken importKeyword, SyntaxToken path) : SyntaxNode
{
    public SyntaxToken ImportKeyword { get; } = importKeyword;
    public SyntaxToken Path { get; } = path;
    public override IEnumerable<SyntaxElement> Children => Elements(ImportKeyword, Path);
}
