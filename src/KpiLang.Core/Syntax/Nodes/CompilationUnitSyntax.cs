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

    /// <summary>Imports and members merged by position: each list is in source order already.</summary>
    protected override ImmutableArray<SyntaxElement> ChildParts()
    {
        var children = ImmutableArray.CreateBuilder<SyntaxElement>(Imports.Length + Members.Length + 1);
        int i = 0, m = 0;
        while (i < Imports.Length || m < Members.Length)
            children.Add(m >= Members.Length || (i < Imports.Length && Imports[i].Span.Start <= Members[m].Span.Start) ? Imports[i++] : Members[m++]);
        children.Add(EndOfFile);
        return children.MoveToImmutable();
    }
}
