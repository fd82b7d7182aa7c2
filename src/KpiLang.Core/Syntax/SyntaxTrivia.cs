using KpiLang.Text;

namespace KpiLang.Syntax;

public enum TriviaKind
{
    Whitespace,
    Newline,
    LineComment,
    BlockComment,

    /// <summary>Tokens the parser skipped while recovering from an error; kept so the tree holds every character.</summary>
    SkippedTokens,
}

/// <summary>Text between tokens that the grammar ignores but tools keep: whitespace, line breaks and comments.</summary>
public sealed record SyntaxTrivia(TriviaKind Kind, string Text, TextSpan Span)
{
    public bool IsComment => Kind is TriviaKind.LineComment or TriviaKind.BlockComment;
}
