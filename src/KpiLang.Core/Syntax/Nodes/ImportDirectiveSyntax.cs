using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary><c>importeer "gedeeld/actoren.kpi"</c></summary>
public sealed class ImportDirectiveSyntax(SyntaxToken importKeyword, SyntaxToken path) : SyntaxNode
{
    public SyntaxToken ImportKeyword { get; } = importKeyword;
    public SyntaxToken Path { get; } = path;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new ImportDirectiveSyntax(r.Token(ImportKeyword), r.Token(Path));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(ImportKeyword, Path);
}
