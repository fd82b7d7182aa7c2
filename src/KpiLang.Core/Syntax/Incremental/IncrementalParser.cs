using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Text;

namespace KpiLang.Syntax.Incremental;

/// <summary>
/// Parses a changed text (the same text gives the same tree back) by re-reading only the innermost declaration the change falls in and moving the rest of
/// the previous tree along, as Roslyn and rust-analyzer do; lexing and parsing a whole file is what made every
/// keystroke cost as much as opening the file. It declines (null) whenever the result might differ from a fresh
/// parse, and the caller then parses the whole text: a change that touches a declaration's first or last character,
/// a declaration that no longer reads as one declaration closed by its own '}', or syntax errors in the old tree
/// outside any declaration. Of the declarations around the change, the innermost one is re-read that holds every old
/// error of its top-level declaration (error recovery may read across members); errors in other top-level
/// declarations stay where they were, moved with their text.
/// </summary>
internal static class IncrementalParser
{
    public static SyntaxTree? TryReparse(SyntaxTree old, SourceText text)
    {
        var change = TextChangeRange.Between(old.Text.Text, text.Text);
        if (change.Span.Length == 0 && change.NewLength == 0) return old; // the same text
        if (EnclosingDeclarations(old.Root, change.Span).FirstOrDefault(d => ErrorsStayApart(old, d.Span)) is not { } declaration) return null;
        var oldSpan = declaration.Span;

        var newSpan = new TextSpan(oldSpan.Start, oldSpan.Length + change.Delta);
        var fragment = SyntaxParser.ParseWindow(text, newSpan);
        if (SoleDeclaration(fragment, newSpan) is not { } reparsed) return null;
        if (!SameStart(declaration, reparsed)) return null;
        if (Depth(declaration) + BraceDepth(reparsed) > SyntaxParser.MaxNestingDepth) return null;
        // A message may name a line ("'doel a' (regel 12) mist zijn '}'"): one after the change would be out of date.
        var moved = old.Diagnostics.Where(d => !BelongsTo(d.Location.Span, oldSpan)).ToList();
        if (old.Text.LineCount != text.LineCount && moved.Any(d => d.Location.Span.Start >= oldSpan.End)) return null;

        var placed = new PlacedFragment(reparsed, declaration).Place();
        var root = (CompilationUnitSyntax)new MovedAfter(oldSpan.End, change.Delta, declaration, placed).VisitNode(old.Root);
        var diagnostics = moved.Select(d => MovedDiagnostic.Move(d, text, oldSpan.End, change.Delta))
            .Concat(fragment.Diagnostics)
            .OrderBy(d => d.Location.Span.Start);
        return SyntaxTree.Create(text, root, [.. diagnostics]);
    }

    /// <summary>
    /// Every old error outside the declaration to re-read lies in another top-level declaration that its own '}'
    /// closes; an error elsewhere in the same top-level declaration makes its parent the one to re-read.
    /// </summary>
    private static bool ErrorsStayApart(SyntaxTree old, TextSpan reread)
    {
        foreach (var diagnostic in old.Diagnostics)
        {
            var span = diagnostic.Location.Span;
            if (BelongsTo(span, reread)) continue;
            var holder = old.Root.Members.OfType<DeclarationSyntax>().FirstOrDefault(d => Inside(span, d.Span));
            if (holder is not { Block.CloseBrace.IsMissing: false } || holder.Span.OverlapsWith(reread)) return false;
        }
        return true;
    }

    /// <summary>
    /// The declarations that hold the change strictly inside (not on their first or last character) and are closed by
    /// their own '}', innermost first.
    /// </summary>
    private static IEnumerable<DeclarationSyntax> EnclosingDeclarations(CompilationUnitSyntax root, TextSpan change)
    {
        var enclosing = new List<DeclarationSyntax>();
        IEnumerable<MemberSyntax> members = root.Members;
        while (members.OfType<DeclarationSyntax>().FirstOrDefault(d => d.Span.Start < change.Start && change.End < d.Span.End) is { } inner)
        {
            enclosing.Add(inner);
            members = inner.Members.Concat(inner.Members.OfType<TargetPropertySyntax>().SelectMany(t => t.Members));
        }
        return Enumerable.Reverse(enclosing).Where(d => d.Block is { CloseBrace.IsMissing: false });
    }

    private static bool Inside(TextSpan span, TextSpan outer) => span.Start >= outer.Start && span.End <= outer.End;

    /// <summary>
    /// Whether a message is about the declaration alone: inside it, not on its first token and, without width, not on
    /// its end. A message on the first word can be about what precedes it ("verwacht ':'" after a key left without
    /// one); an empty span at the end is where a repair closes an enclosing block whose '}' is missing. Both were
    /// found by the fuzzer.
    /// </summary>
    private static bool BelongsTo(TextSpan span, TextSpan declaration) =>
        Inside(span, declaration) && span.Start > declaration.Start && (span.Length > 0 || span.Start < declaration.End);

    /// <summary>
    /// The window's one declaration, when the window is exactly that declaration, closed by its own '}'. Nothing may
    /// be placed at the window's end: a token the parser had to invent there stands at the end of the input, and in
    /// the whole text it would stand at the next token instead.
    /// </summary>
    private static DeclarationSyntax? SoleDeclaration((CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics) fragment, TextSpan window) =>
        fragment.Root is { Imports.IsEmpty: true, Members: [DeclarationSyntax { Block.CloseBrace.IsMissing: false } declaration] }
            && declaration.Span == window && fragment.Root.EndOfFile.LeadingTrivia.IsEmpty
            && fragment.Diagnostics.All(d => d.Location.Span.End < window.End)
            && !declaration.Tokens().Any(t => t.IsMissing && t.Span.Start >= window.End)
            ? declaration
            : null;

    /// <summary>Read on its own the first word might be classified otherwise than after what precedes it.</summary>
    private static bool SameStart(DeclarationSyntax old, DeclarationSyntax reparsed) =>
        old.Keyword.Kind == reparsed.Keyword.Kind && old.Keyword.Keyword == reparsed.Keyword.Keyword && old.Keyword.Text == reparsed.Keyword.Text;

    private static int Depth(SyntaxNode node) => node.Ancestors().Count(a => a is BlockSyntax);

    private static int BraceDepth(SyntaxNode node)
    {
        int depth = 0, deepest = 0;
        foreach (var token in node.Tokens())
        {
            if (token.Kind == SyntaxKind.OpenBrace) deepest = Math.Max(deepest, ++depth);
            else if (token.Kind == SyntaxKind.CloseBrace) depth--;
        }
        return deepest;
    }
}
