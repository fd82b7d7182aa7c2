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
            ? new LocalizedText("het begin van het bestand", "the start of the file")
            : TokenDescriptions.DescribeFound(previous);
        var missing = Diagnostic.Create(CompilerDiagnostics.MissingToken, new Location(source, location), TokenDescriptions.DescribeExpected(expected), after);
        // The one token that is certainly meant (the ':' after a key) comes with its fix.
        diagnostics.Add(previous is not null && expected.Count == 1 && expected.First() == KpiParser.COLON
            ? missing with { Fix = new CodeFix(new("Voeg ':' toe", "Add ':'"), [new TextEdit(source, new TextSpan(previous.StopIndex + 1, 0), ":")]) }
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
            default:
                Report(CompilerDiagnostics.UnexpectedToken, At(token), TokenDescriptions.DescribeFound(token),
                    TokenDescriptions.DescribeExpected(expected));
                break;
        }
    }

    /// <summary>"indicator heeft een naam nodig" reads better than "unexpected text" right after a declaration keyword.</summary>
    private bool ReportedMissingName(IToken? previous, IReadOnlyCollection<int> expected)
    {
        if (previous is not Repairs.RepairedToken { Keyword: { Declaration: { } kind } keyword } || !expected.Contains(KpiParser.IDENTIFIER)) return false;
        var what = kind switch
        {
            DeclarationKind.Organisation => new LocalizedText("een organisatie", "an organisation"),
            DeclarationKind.Scope => new LocalizedText("een scope", "a scope"),
            DeclarationKind.Actor => new LocalizedText("een actor", "an actor"),
            DeclarationKind.Goal => new LocalizedText("een doel", "a goal"),
            DeclarationKind.Effort => new LocalizedText("een inspanning", "an effort"),
            DeclarationKind.Indicator when keyword.IsMonitoringFigure => new LocalizedText("een kengetal", "a monitoring figure"),
            DeclarationKind.Indicator => new LocalizedText("een indicator", "an indicator"),
            var other => throw new ArgumentOutOfRangeException(nameof(previous), other, null),
        };
        Report(CompilerDiagnostics.MissingName, At(previous), what, keyword.Text);
        return true;
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
