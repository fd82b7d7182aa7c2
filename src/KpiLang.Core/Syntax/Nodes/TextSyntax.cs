using System.Collections.Immutable;

namespace KpiLang.Syntax;

/// <summary>One or more quoted strings; adjacent strings are joined with a space so long text can span lines.</summary>
public sealed class TextSyntax(ImmutableArray<SyntaxToken> parts) : SyntaxNode
{
    public ImmutableArray<SyntaxToken> Parts { get; } = parts;
    public string Value => string.Join(' ', Parts.Select(p => p.ValueText));
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new TextSyntax(r.Tokens(Parts));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Parts);
}
