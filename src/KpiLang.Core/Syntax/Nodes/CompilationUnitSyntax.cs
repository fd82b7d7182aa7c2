using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary>The root of one file: its imports, then its declarations and properties.</summary>
public sealed class CompilationUnitSyntax(ImmutableArray<ImportDirectiveSyntax> imports, ImmutableArray<MemberSyntax> members,
    SyntaxToken endOfFile) : SyntaxNode
{
    public ImmutableArray<ImportDirectiveSyntax> Imports { get; } = imports;
    public ImmutableArray<MemberSyntax> Members { get; } = members;
    public SyntaxToken EndOfFile { get; } = endOfFile;
    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Imports, Members, EndOfFile);
}
