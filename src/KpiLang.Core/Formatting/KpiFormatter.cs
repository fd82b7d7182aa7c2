using System.Text;
using KpiLang.Diagnostics;
using KpiLang.Syntax;

namespace KpiLang.Formatting;

/// <summary>
/// The canonical layout of a .kpi file, written from the syntax tree: one member per line, four spaces per block,
/// continuation lines aligned under the first value, single spaces between tokens, at most one blank line, comments
/// kept where they were. Only whitespace changes, and the result is checked to hold exactly the same tokens and
/// comments; a file with syntax errors is left alone, because its structure is not known for certain.
/// </summary>
public static class KpiFormatter
{
    private const int IndentSize = 4;

    public static FormatResult Format(SyntaxTree tree)
    {
        var original = tree.Text.Text;
        if (tree.Diagnostics.Any(d => d.IsError))
            return new FormatResult(original, false, new LocalizedText(
                "het bestand bevat syntaxfouten; los die eerst op", "the file has syntax errors; fix those first"));

        var formatted = new LayoutWriter(tree).Write();
        if (!SameMeaning(tree, formatted))
            return new FormatResult(original, false, new LocalizedText(
                "de opmaak zou de inhoud veranderen; het bestand is ongewijzigd gelaten", "formatting would change the content; the file was left unchanged"));
        return new FormatResult(formatted, formatted != original, null);
    }

    /// <summary>The same tokens and the same comments, in the same order: only whitespace differs.</summary>
    private static bool SameMeaning(SyntaxTree before, string formatted)
    {
        var after = SyntaxTree.Parse(formatted, before.Path);
        if (after.Diagnostics.Any(d => d.IsError)) return false;
        static IEnumerable<string> Content(SyntaxTree tree) => tree.Root.Tokens().SelectMany(t =>
            t.LeadingTrivia.Where(x => x.IsComment).Select(x => x.Text.TrimEnd())
                .Append(t.Kind + ":" + t.Text)
                .Concat(t.TrailingTrivia.Where(x => x.IsComment).Select(x => x.Text.TrimEnd())));
        return Content(before).SequenceEqual(Content(after));
    }

    /// <summary>Writes the tokens of one tree with canonical whitespace.</summary>
    private sealed class LayoutWriter(SyntaxTree tree)
    {
        private readonly StringBuilder _out = new();
        private readonly HashSet<SyntaxToken> _memberStarts = MemberStarts(tree);
        private readonly string _newline = tree.Text.Text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        private int _depth;
        private int _column;
        private int? _continuationColumn;
        private bool _declarationContinuation;

        public string Write()
        {
            SyntaxToken? previous = null;
            var expectValue = false;
            foreach (var token in tree.Root.Tokens())
            {
                if (token.IsMissing) continue;
                var isEnd = token.Kind == SyntaxKind.EndOfFile;
                var gap = previous is null ? token.LeadingTrivia : previous.TrailingTrivia.AddRange(token.LeadingTrivia);
                if (token.Kind == SyntaxKind.CloseBrace) _depth = Math.Max(0, _depth - 1);
                var forceNewline = WriteGap(previous, token, gap, isEnd);
                if (isEnd) break;

                if (_memberStarts.Contains(token))
                {
                    _continuationColumn = null;
                    _declarationContinuation = token.Parent is DeclarationSyntax;
                }
                Place(previous, token, gap, forceNewline);
                if (expectValue && _continuationColumn is null) _continuationColumn = _column;
                if (token.Parent is TextSyntax text && text.Parts[0] == token) _textColumns[text] = _column;
                Emit(token.Text);
                expectValue = token.Kind == SyntaxKind.Colon && token.Parent is PropertySyntax;
                if (token.Kind == SyntaxKind.OpenBrace) _depth++;
                previous = token;
            }
            TrimTrailingSpaces();
            if (_out.Length > 0) _out.Append(_newline);
            return _out.ToString();
        }

        /// <summary>Writes the comments between two tokens; returns true when a line comment forces a line break.</summary>
        private bool WriteGap(SyntaxToken? previous, SyntaxToken next, IEnumerable<SyntaxTrivia> gap, bool isEnd)
        {
            var newlines = 0;
            var forceNewline = false;
            foreach (var trivia in gap)
            {
                if (trivia.Kind == TriviaKind.Newline) newlines++;
                if (!trivia.IsComment) continue;
                if (previous is not null && newlines == 0 && !forceNewline)
                {
                    Emit(" ");
                }
                else if (_out.Length > 0)
                {
                    NewLines(BlankLineAllowed(previous, next) ? Math.Min(newlines, 2) : Math.Min(newlines, 1), atLeastOne: true);
                    Indent(isEnd ? 0 : _depth * IndentSize);
                }
                Emit(trivia.Text.TrimEnd());
                forceNewline = trivia.Kind == TriviaKind.LineComment || forceNewline;
                newlines = 0;
            }
            _pendingNewlines = newlines;
            return forceNewline;
        }

        private int _pendingNewlines;

        /// <summary>Where each multi-part text started, so its later lines line up under its first.</summary>
        private readonly Dictionary<TextSyntax, int> _textColumns = new(ReferenceEqualityComparer.Instance);

        private void Place(SyntaxToken? previous, SyntaxToken token, IEnumerable<SyntaxTrivia> gap, bool forceNewline)
        {
            if (previous is null && _out.Length == 0) return;
            var mustBreak = forceNewline || _memberStarts.Contains(token) || token.Kind == SyntaxKind.CloseBrace || previous?.Kind == SyntaxKind.OpenBrace;
            var mayBreak = token.Kind != SyntaxKind.OpenBrace && token.Kind != SyntaxKind.Colon && token.Kind != SyntaxKind.Comma;
            var newlines = _pendingNewlines;
            if (mustBreak || (mayBreak && newlines > 0))
            {
                var allowed = BlankLineAllowed(previous, token) ? 2 : 1;
                NewLines(Math.Min(Math.Max(newlines, 1), allowed), atLeastOne: true);
                Indent(_memberStarts.Contains(token) || token.Kind == SyntaxKind.CloseBrace
                    ? _depth * IndentSize
                    : token.Parent is TextSyntax text && _textColumns.TryGetValue(text, out var column) ? column
                    : _continuationColumn ?? (_depth * IndentSize + (_declarationContinuation ? 2 * IndentSize : IndentSize)));
                return;
            }
            if (NoSpaceBefore(previous, token)) return;
            Emit(" ");
        }

        private static bool BlankLineAllowed(SyntaxToken? previous, SyntaxToken next) =>
            previous?.Kind != SyntaxKind.OpenBrace && next.Kind != SyntaxKind.CloseBrace;

        // "schooljaar 2025-2026" is written as one period, like a score range "1..10".
        private static bool NoSpaceBefore(SyntaxToken? previous, SyntaxToken token) =>
            token.Kind is SyntaxKind.Colon or SyntaxKind.Comma or SyntaxKind.DotDot || previous?.Kind == SyntaxKind.DotDot
            || IsSchoolYearDash(token) || IsSchoolYearDash(previous);

        private static bool IsSchoolYearDash(SyntaxToken? token) =>
            token is { Kind: SyntaxKind.Minus, Parent: TimeBoundSyntax };

        private void NewLines(int count, bool atLeastOne)
        {
            TrimTrailingSpaces();
            if (atLeastOne) count = Math.Max(count, 1);
            for (var i = 0; i < count; i++) _out.Append(_newline);
            _column = 0;
        }

        private void Indent(int width)
        {
            _out.Append(' ', width);
            _column = width;
        }

        private void Emit(string text)
        {
            _out.Append(text);
            _column += text.Length;
        }

        private void TrimTrailingSpaces()
        {
            var end = _out.Length;
            while (end > 0 && _out[end - 1] == ' ') end--;
            _out.Length = end;
        }

        private static HashSet<SyntaxToken> MemberStarts(SyntaxTree tree)
        {
            var starts = new HashSet<SyntaxToken>(ReferenceEqualityComparer.Instance);
            foreach (var node in tree.Root.DescendantNodes())
                if (node is MemberSyntax or ImportDirectiveSyntax && node.FirstToken() is { } first) starts.Add(first);
            return starts;
        }
    }
}
