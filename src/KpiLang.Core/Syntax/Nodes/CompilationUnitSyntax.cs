using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary>
/// The root of one file: its imports and its declarations and properties. Its children are in source order, an
/// import below the declarations (an error, still resolved) included, so a walk over the tree reads the text as written.
/// </summary>
public sealed class CompilationUnitSyntax(ImmutableArray<ImportDirectiveSyntax> imports, ImmutableArray<MemberSyntax> members,
    SyntaxToken endOfFile) : SyntaxNode
{
    public ImmutableArray<ImportDirectiveSyntax> Imports { get; } = imports;
    public ImmutableArray<MemberSyntax> Members { get; } = members;
    public SyntaxToken EndOfFile { get; } = endOfFile;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new CompilationUnitSyntax(r.Nodes(Imports), r.Nodes(Members), r.Token(EndOfFile));

    protected override ImmutableArray<SyntaxElement> ChildParts() =>
        Elements(Imports.Cast<SyntaxNode>().Concat(Members).OrderBy(n => n.Span.Start), EndOfFile);
}
