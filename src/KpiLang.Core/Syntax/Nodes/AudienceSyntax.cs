namespace KpiLang.Syntax;

/// <summary><c>projectgroep halfjaarlijks</c>: who, and optionally how often.</summary>
public sealed class AudienceSyntax(SyntaxToken who, FrequencySyntax? frequency) : SyntaxNode
{
    public SyntaxToken Who { get; } = who;
    public FrequencySyntax? Frequency { get; } = frequency;
    public override IEnumerable<SyntaxElement> Children => Elements(Who, Frequency);
}
