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
internal sealed class SyntaxErrorStrategy(SourceText source, List<Diagnostic> diagnostics) : DefaultErrorStrategy
{
    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        var expected = Kinds(GetExpectedTokens(recognizer));
        var previous = ((ITokenStream)recognizer.InputStream).LT(-1);
        var location = previous is null ? At(recognizer.CurrentToken) : At(previous);
        var after = previous is null
            ? new LocalizedText("het begin van het bestand", "the start of the file")
            : TokenDescriptions.DescribeFound(previous);
        Report(CompilerDiagnostics.MissingToken, location, TokenDescriptions.DescribeExpected(expected), after);
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
        switch (token.Type)
        {
            case KpiLexer.UNKNOWN_CHAR:
                Report(CompilerDiagnostics.UnknownCharacter, At(token), $"'{token.Text}'");
                break;
            case KpiLexer.UNTERMINATED_STRING:
                break; // reported once by the tree builder, wherever the string stands
            default:
                Report(CompilerDiagnostics.UnexpectedToken, At(token), TokenDescriptions.DescribeFound(token),
                    TokenDescriptions.DescribeExpected(expected));
                break;
        }
    }

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments) =>
        diagnostics.Add(Diagnostic.Create(descriptor, new Location(source, span), arguments));

    private TextSpan At(IToken token) => token.Type == TokenConstants.EOF
        ? new TextSpan(Math.Min(source.Length, Math.Max(0, token.StartIndex)), 0)
        : TextSpan.FromBounds(token.StartIndex, token.StopIndex + 1);

    private static IReadOnlyCollection<int> Kinds(IntervalSet? set) => set?.ToList().ToArray() ?? [];
}
