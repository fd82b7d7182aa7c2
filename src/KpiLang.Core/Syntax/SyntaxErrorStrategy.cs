using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;
using KpiLang.Text;

namespace KpiLang.Syntax;

/// <summary>
/// ANTLR's recovery (single-token insertion and deletion, then resynchronising on the next member), with messages
/// written for people: "verwacht ':' na 'eigenaar'" instead of "missing COLON at ...".
/// </summary>
internal sealed class SyntaxErrorStrategy(SourceText source, List<Diagnostic> diagnostics, ITokenStream tokens) : DefaultErrorStrategy
{
    /// <summary>
    /// Stray tokens where a member can start (at the top of the file, or first in a block) are skipped up to the next
    /// member, as ANTLR already does between members. Its default there gave up on the whole rule: two stray '}'
    /// before the first declaration made the parser skip the rest of the file, and every mistake in it went unreported.
    /// </summary>
    public override void Sync(Parser recognizer)
    {
        try
        {
            base.Sync(recognizer);
        }
        catch (InputMismatchException) when (recognizer.Context is KpiParser.CompilationUnitContext or KpiParser.BlockContext)
        {
            ReportUnwantedToken(recognizer);
            ConsumeUntil(recognizer, recognizer.GetExpectedTokens().Or(GetErrorRecoverySet(recognizer)));
        }
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        var expected = Kinds(GetExpectedTokens(recognizer));
        var previous = ((ITokenStream)recognizer.InputStream).LT(-1);
        if (ReportedMissingName(previous, expected)) return;
        var location = previous is null ? At(recognizer.CurrentToken) : At(previous);
        var after = previous is null
            ? SyntaxText.TheStartOfTheFile
            : TokenDescriptions.DescribeFound(previous);
        var missing = Diagnostic.Create(CompilerDiagnostics.MissingToken, new Location(source, location), TokenDescriptions.DescribeExpected(expected), after);
        // The one token that is certainly meant (the ':' after a key) comes with its fix.
        diagnostics.Add(previous is not null && expected.Count == 1 && expected.First() == KpiParser.COLON
            ? missing with { Fix = new CodeFix(FixTitles.AddColon, [new TextEdit(source, new TextSpan(previous.StopIndex + 1, 0), ":")]) }
            : missing);
    }

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        ReportUnexpected(recognizer.CurrentToken, Kinds(GetExpectedTokens(recognizer)));
    }

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        ReportUnexpected(e.OffendingToken, Kinds(e.GetExpectedTokens()));

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        ReportUnexpected(e.OffendingToken, Kinds(e.GetExpectedTokens()));

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        ReportUnexpected(e.OffendingToken, Kinds(e.GetExpectedTokens()));

    private void ReportUnexpected(IToken token, IReadOnlyCollection<int> expected)
    {
        // A '}' the repair pass inserted, where the parser went another way: the repair already said it is missing.
        if (token is Repairs.RepairedToken { IsInserted: true }) return;
        if (ReportedMissingName(PreviousOf(token), expected)) return;
        switch (token.Type)
        {
            case KpiParser.UNKNOWN_CHAR:
                Report(CompilerDiagnostics.UnknownCharacter, At(token), $"'{token.Text}'");
                break;
            case KpiParser.UNTERMINATED_STRING:
                break; // reported once by the tree builder, wherever the string stands
            case KpiParser.IDENTIFIER when IsKey(token) && ExpectedProperties(expected, EnclosingBlock(token)) is { Count: > 0 } properties:
                // 'xyzzy: 3' where no property is close (a close one the repair pass already read as meant).
                Report(CompilerDiagnostics.UnknownProperty, At(token), token.Text, string.Join(", ", properties));
                break;
            case KpiParser.IDENTIFIER when ClosestExpectedWord(token.Text, expected) is { } meant:
                // 'streefwaarde: minimal 60 in 2026': a word where only certain words can stand, close to one of
                // them. ANTLR then drops the one token and reads on ('60 in 2026'), so this stays the only error.
                diagnostics.Add(Diagnostic.Create(CompilerDiagnostics.UnknownKeyword, new Location(source, At(token)), token.Text, meant.Text)
                    with { Fix = new CodeFix(FixTitles.Write(meant.Text), [new TextEdit(source, At(token), meant.Text)]) });
                break;
            default:
                Report(CompilerDiagnostics.UnexpectedToken, At(token), TokenDescriptions.DescribeFound(token),
                    TokenDescriptions.DescribeExpected(expected));
                break;
        }
    }

    /// <summary>A word before ':' is written as a property key (soft keywords: a key is a key where ':' follows).</summary>
    private bool IsKey(IToken token) => NextOf(token)?.Type == KpiParser.COLON;

    /// <summary>
    /// The keys of the properties the parser would have taken here that belong in this block (the grammar takes
    /// every key in every block; the binder says which belong), in alphabetical order.
    /// </summary>
    private static List<string> ExpectedProperties(IReadOnlyCollection<int> expected, Places? block)
    {
        var keys = Keywords.Properties.Where(k => expected.Contains(k.TokenType)).ToList();
        // Where no property belongs (the top of the file), there is nothing to choose from: the plain message says what can stand there.
        var belonging = block is { } place ? keys.Where(k => k.AllowedIn.HasFlag(place)).ToList() : keys;
        return [.. belonging.Select(k => k.Text).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The block a token stands in, from the keyword before its unmatched '{': a declaration's block, or a target's
    /// block after 'streefwaarde: …'; null when that cannot be told.
    /// </summary>
    private Places? EnclosingBlock(IToken token)
    {
        var depth = 0;
        for (var i = token.TokenIndex - 1; i >= 0; i--)
        {
            var before = tokens.Get(i);
            if (before.Channel != TokenConstants.DefaultChannel) continue;
            if (before.Type == KpiParser.RBRACE) depth++;
            else if (before.Type == KpiParser.LBRACE && depth-- == 0) return OwnerOfBlock(i);
        }
        return Places.File;
    }

    private Places? OwnerOfBlock(int brace)
    {
        for (var i = brace - 1; i >= 0; i--)
        {
            var before = tokens.Get(i);
            if (before.Type is KpiParser.LBRACE or KpiParser.RBRACE) return null;
            if (before is not Repairs.RepairedToken { Keyword: { } keyword }) continue;
            if (keyword.Declaration is { } kind) return kind.Block();
            if (keyword.Role == KeywordRole.Property) return Places.Target;
        }
        return null;
    }

    /// <summary>
    /// The keyword the parser would have taken here that a word is a misspelling of; null when names may stand here
    /// too (then the word may be a name the user meant), or when no expected keyword is close.
    /// </summary>
    private static Keyword? ClosestExpectedWord(string word, IReadOnlyCollection<int> expected)
    {
        // Two letters are too few to guess from: 'x' is two edits from 'in' and from 'op'.
        if (expected.Contains(KpiParser.IDENTIFIER) || word.Length < 3) return null;
        var candidates = Keywords.All.Where(k => expected.Contains(k.TokenType) && k.Words.Length == 1 && k.Text.Length >= 3).ToList();
        return NameSuggestions.Closest(word, candidates.Select(k => k.Text)) is { } closest
            ? candidates.First(k => k.Text == closest)
            : null;
    }

    /// <summary>"indicator heeft een naam nodig" reads better than "unexpected text" right after a declaration keyword.</summary>
    private bool ReportedMissingName(IToken? previous, IReadOnlyCollection<int> expected)
    {
        if (previous is not Repairs.RepairedToken { Keyword: { Declaration: { } kind } keyword } || !expected.Contains(KpiParser.IDENTIFIER)) return false;
        Report(CompilerDiagnostics.MissingName, At(previous), SyntaxText.WithArticle(kind, keyword.IsMonitoringFigure), keyword.Text);
        return true;
    }

    private IToken? NextOf(IToken token)
    {
        for (var i = token.TokenIndex + 1; i < tokens.Size; i++)
            if (tokens.Get(i).Channel == TokenConstants.DefaultChannel) return tokens.Get(i);
        return null;
    }

    private IToken? PreviousOf(IToken token)
    {
        if (token.TokenIndex <= 0) return null;
        for (var i = token.TokenIndex - 1; i >= 0; i--)
            if (tokens.Get(i).Channel == TokenConstants.DefaultChannel) return tokens.Get(i);
        return null;
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments) =>
        diagnostics.Add(Diagnostic.Create(descriptor, new Location(source, span), arguments));

    private TextSpan At(IToken token) => token.Type == TokenConstants.EOF
        ? new TextSpan(Math.Min(source.Length, Math.Max(0, token.StartIndex)), 0)
        : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);

    private static IReadOnlyCollection<int> Kinds(IntervalSet? set) => set?.ToList().ToArray() ?? [];
}
