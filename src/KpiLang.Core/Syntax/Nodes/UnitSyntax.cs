using System.Collections.Immutable;
namespace KpiLang.Syntax;

/// <summary><c>%</c>, <c>€</c>, <c>dagen</c> or <c>"overleggen"</c></summary>
public sealed class UnitSyntax(SyntaxToken? token, TextSyntax? text) : SyntaxNode
{
    public SyntaxToken? Token { get; } = token;
    public TextSyntax? Text { get; } = text;
    public string Value => Token?.Text ?? Text?.Value ?? string.Empty;
    internal override SyntaxNode Rewrite(SyntaxRewriter r) =>
        new UnitSyntax(r.TokenOrNull(Token), r.NodeOrNull(Text));

    protected override ImmutableArray<SyntaxElement> ChildParts() => Elements(Token, Text);
}
