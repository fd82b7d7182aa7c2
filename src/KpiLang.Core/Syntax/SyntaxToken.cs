using System.Collections.Immutable;
using KpiLang.Text;

namespace KpiLang.Syntax;

/// <summary>
/// A token with its trivia. <see cref="Kind"/> says what it is; for a keyword, <see cref="Keyword"/> is its row of
/// the keyword table (also for a keyword the repair pass read from a misspelling, whose text is as written). A token
/// the parser expected but did not find is "missing": zero width, empty text, so a half-typed file still has a
/// complete tree.
/// </summary>
public sealed class SyntaxToken : SyntaxElement
{
    public SyntaxToken(SyntaxKind kind, string text, TextSpan span, ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia, bool isMissing = false, Keyword? keyword = null)
    {
        Kind = kind;
        Keyword = keyword;
        Text = text;
        Span = span;
        LeadingTrivia = leadingTrivia;
        TrailingTrivia = trailingTrivia;
        IsMissing = isMissing;
    }

    public static SyntaxToken Missing(SyntaxKind kind, int position, Keyword? keyword = null) =>
        new(kind, string.Empty, new TextSpan(position, 0), [], [], isMissing: true, keyword);

    public SyntaxKind Kind { get; }

    /// <summary>The keyword table's row for a keyword token; null for names, numbers and punctuation.</summary>
    public Keyword? Keyword { get; }

    public string Text { get; }

    public override TextSpan Span { get; }

    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    public bool IsMissing { get; }

    /// <summary>For a string token, its content without quotes and with escapes resolved.</summary>
    public string ValueText => Kind is SyntaxKind.String or SyntaxKind.UnterminatedString ? StringLiterals.Unquote(Text) : Text;

    /// <summary>The same token <paramref name="delta"/> characters further on, its trivia with it.</summary>
    public SyntaxToken MovedBy(int delta) => delta == 0
        ? With(LeadingTrivia, TrailingTrivia, Span)
        : With(Moved(LeadingTrivia, delta), Moved(TrailingTrivia, delta), new TextSpan(Span.Start + delta, Span.Length));

    /// <summary>The same token with other trivia around it (where it stands in a larger text than it was parsed in).</summary>
    public SyntaxToken WithTrivia(ImmutableArray<SyntaxTrivia> leading, ImmutableArray<SyntaxTrivia> trailing) => With(leading, trailing, Span);

    public override string ToString() => Text;

    private SyntaxToken With(ImmutableArray<SyntaxTrivia> leading, ImmutableArray<SyntaxTrivia> trailing, TextSpan span) =>
        new(Kind, Text, span, leading, trailing, IsMissing, Keyword);

    private static ImmutableArray<SyntaxTrivia> Moved(ImmutableArray<SyntaxTrivia> trivia, int delta)
    {
        if (trivia.IsEmpty) return trivia;
        var moved = ImmutableArray.CreateBuilder<SyntaxTrivia>(trivia.Length);
        foreach (var t in trivia) moved.Add(t with { Span = new TextSpan(t.Span.Start + delta, t.Span.Length) });
        return moved.MoveToImmutable();
    }
}
