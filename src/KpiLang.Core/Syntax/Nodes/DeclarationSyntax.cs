using System.Collections.Immutable;
using KpiLang.Syntax.Generated;

namespace KpiLang.Syntax;

/// <summary><c>indicator naam "Titel" { … }</c>: every declaration has this shape.</summary>
public sealed class DeclarationSyntax(SyntaxToken keyword, SyntaxToken name, TextSyntax? title, BlockSyntax? block) : MemberSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Name { get; } = name;
    public TextSyntax? Title { get; } = title;
    public BlockSyntax? Block { get; } = block;

    public DeclarationKind Kind => Keyword.Kind switch
    {
        KpiLexer.ORGANISATIE => DeclarationKind.Organisation,
        KpiLexer.SCOPE => DeclarationKind.Scope,
        KpiLexer.ACTOR => DeclarationKind.Actor,
        KpiLexer.DOEL => DeclarationKind.Goal,
        KpiLexer.INSPANNING => DeclarationKind.Effort,
        _ => DeclarationKind.Indicator,
    };

    /// <summary>A kengetal: an indicator followed on purpose without a target (a monitoring or signal figure).</summary>
    public bool IsMonitoringFigure => Keyword.Kind == KpiLexer.KENGETAL;

    public IEnumerable<MemberSyntax> Members => Block?.Members ?? [];

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Keyword, Name, Title, Block);
}
