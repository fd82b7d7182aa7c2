using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary><c>projectgroep halfjaarlijks</c>: who, and optionally how often.</summary>
public sealed class AudienceSyntax(SyntaxToken who, FrequencySyntax? frequency) : SyntaxNode
{
    public SyntaxToken Who { get; } = who;
    public FrequencySyntax? Frequency { get; } = frequency;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new AudienceSyntax(r.Token(Who), r.NodeOrNull(Frequency));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Who, Frequency);
}
