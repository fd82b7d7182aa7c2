using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary><c>indicator naam "Titel" { … }</c>: every declaration has this shape.</summary>
public sealed class DeclarationSyntax(SyntaxToken keyword, SyntaxToken name, TextSyntax? title, BlockSyntax? block) : MemberSyntax
{
    public SyntaxToken Keyword { get; } = keyword;
    public SyntaxToken Name { get; } = name;
    public TextSyntax? Title { get; } = title;
    public BlockSyntax? Block { get; } = block;

    /// <summary>Which kind of declaration, from the keyword table; also for a keyword the repair pass read from a misspelling.</summary>
    public DeclarationKind Kind => Keyword.Keyword?.Declaration
        ?? throw new InvalidOperationException($"a declaration without a declaration keyword: '{Keyword.Text}'");

    /// <summary>A kengetal: an indicator followed on purpose without a target (a monitoring or signal figure).</summary>
    public bool IsMonitoringFigure => Keyword.Keyword?.IsMonitoringFigure == true;

    public IEnumerable<MemberSyntax> Members => Block?.Members ?? [];

    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new DeclarationSyntax(r.Token(Keyword), r.Token(Name), r.NodeOrNull(Title), r.NodeOrNull(Block));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Keyword, Name, Title, Block);
}
