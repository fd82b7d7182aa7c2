using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features.Completion;

/// <summary>What kind of place the cursor is in, read from the syntax tree.</summary>
internal enum PlaceKind
{
    /// <summary>Nothing to offer: inside a text, a comment, a declaration's name or title.</summary>
    None,

    /// <summary>Where a property or a declaration may start (the file's top level or a block).</summary>
    MemberStart,

    /// <summary>After a property's colon: its value.</summary>
    Value,

    /// <summary>The codes in a <c>// kpi-negeer</c> comment.</summary>
    SuppressionCode,
}

/// <summary>
/// The place of the cursor: the word being typed (left out of the analysis, so half a word never changes what is
/// offered), the last token before it, and the block or property it belongs to.
/// </summary>
internal sealed record CompletionPlace(PlaceKind Kind, int WordStart, SyntaxToken? Previous, BlockSyntax? Block, PropertySyntax? Property)
{
    /// <summary>The declaration whose block holds the place (for a target's block, the indicator around it).</summary>
    public DeclarationSyntax? Declaration => (Property as SyntaxNode ?? Block)?.Ancestors().OfType<DeclarationSyntax>().FirstOrDefault();

    public static CompletionPlace Find(SyntaxTree tree, int offset)
    {
        var text = tree.Text.Text;
        offset = Math.Clamp(offset, 0, text.Length);
        var wordStart = offset;
        while (wordStart > 0 && IsWordCharacter(text[wordStart - 1])) wordStart--;

        SyntaxToken? previous = null;
        foreach (var token in tree.Root.Tokens())
        {
            if (token.IsMissing || token.Kind == SyntaxKind.EndOfFile) continue;
            if (token.Span.Start < offset && offset < token.Span.End || token.Kind == SyntaxKind.UnterminatedString && token.Span.Start < offset && offset <= token.Span.End)
                return None(wordStart); // inside a text or a multi-character token
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
                if (trivia.IsComment && trivia.Span.Start < offset && offset <= trivia.Span.End)
                    return InComment(trivia, offset, wordStart);
            if (token.Span.End > wordStart) break;
            previous = token;
        }
        // A comment after the last token is trivia of the end of the file.
        foreach (var trivia in tree.Root.EndOfFile.LeadingTrivia)
            if (trivia.IsComment && trivia.Span.Start < offset && offset <= trivia.Span.End)
                return InComment(trivia, offset, wordStart);

        if (previous is null) return new(PlaceKind.MemberStart, wordStart, null, null, null);
        var property = previous.Ancestors().OfType<PropertySyntax>().FirstOrDefault(p => !p.Colon.IsMissing && p.Colon.Span.Start <= previous.Span.Start);
        var newLine = tree.Text.GetLineIndex(previous.Span.End) < tree.Text.GetLineIndex(wordStart);
        var continues = previous.Kind is SyntaxKind.Colon or SyntaxKind.Comma
            || property is StoryPropertySyntax { Story.SoThatKeyword.IsMissing: true };
        if (property is not null && (!newLine || continues)) return new(PlaceKind.Value, wordStart, previous, null, property);
        if (newLine || previous.Kind is SyntaxKind.OpenBrace or SyntaxKind.CloseBrace)
            return new(PlaceKind.MemberStart, wordStart, previous, EnclosingBlock(tree, wordStart), null);
        return None(wordStart);
    }

    /// <summary>The innermost block around the position, an unclosed one included; null at the file's top level.</summary>
    private static BlockSyntax? EnclosingBlock(SyntaxTree tree, int position) =>
        tree.Root.DescendantNodes().OfType<BlockSyntax>()
            .Where(b => !b.OpenBrace.IsMissing && b.OpenBrace.Span.End <= position && (b.CloseBrace.IsMissing || position <= b.CloseBrace.Span.Start))
            .OrderByDescending(b => b.OpenBrace.Span.Start)
            .FirstOrDefault();

    private static CompletionPlace InComment(SyntaxTrivia comment, int offset, int wordStart)
    {
        var before = comment.Text[..(offset - comment.Span.Start)];
        return SuppressionComment.IsCodePosition(before) ? new(PlaceKind.SuppressionCode, wordStart, null, null, null) : None(wordStart);
    }

    private static CompletionPlace None(int wordStart) => new(PlaceKind.None, wordStart, null, null, null);

    public static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
