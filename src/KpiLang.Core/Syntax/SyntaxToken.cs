using System.Collections.Immutable;
using KpiLang.Syntax.Generated;
using KpiLang.Text;

namespace KpiLang.Syntax;

/// <summary>
/// A token with its trivia. <see cref="Kind"/> is the token type of the grammar (KpiLexer.COLON and so on), so the
/// grammar stays the single list of tokens. A token the parser expected but did not find is "missing": zero width,
/// empty text, so a half-typed file still has a complete tree.
/// </summary>
public sealed class SyntaxToken : SyntaxElement
{
    public SyntaxToken(int kind, string text, TextSpan span, ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia, bool isMissing = false)
    {
        Kind = kind;
        Text = text;
        Span = span;
        LeadingTrivia = leadingTrivia;
        TrailingTrivia = trailingTrivia;
        IsMissing = isMissing;
    }

    public static SyntaxToken Missing(int kind, int position) =>
        new(kind, string.Empty, new TextSpan(position, 0), [], [], isMissing: true);

    public int Kind { get; }

    public string Text { get; }

    public override TextSpan Span { get; }

    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    public bool IsMissing { get; }

    /// <summary>The grammar's name for the token kind: IDENTIFIER, COLON, EIGENAAR…</summary>
    public string KindName => TokenDescriptions.SymbolicName(Kind);

    /// <summary>For a string token, its content without quotes and with escapes resolved.</summary>
    public string ValueText => Kind is KpiLexer.STRING or KpiLexer.UNTERMINATED_STRING ? StringLiterals.Unquote(Text) : Text;

    public override string ToString() => Text;
}
