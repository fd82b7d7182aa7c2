using System.Text.RegularExpressions;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.Analysis.Suppressions;

/// <summary>
/// Finds the suppression comments of a file:
/// <c>// kpi-negeer KPI104: reden</c> silences the codes for the next declaration (the whole block) or, when the
/// next line holds a property, for that property; <c>// kpi-negeer-bestand KPI104: reden</c> for the whole file.
/// Several codes may be separated by commas.
/// </summary>
public static partial class SuppressionParser
{
    [GeneratedRegex(@"^//\s*kpi-negeer(?<file>-bestand)?(?![\w-])\s*(?<codes>[^:]*?)\s*(:\s*(?<reason>.*?))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    public static IEnumerable<Suppression> Parse(SyntaxTree tree)
    {
        var tokens = tree.Root.Tokens().Where(t => !t.IsMissing).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var trivia in tokens[i].LeadingTrivia.Concat(tokens[i].TrailingTrivia))
            {
                if (trivia.Kind != TriviaKind.LineComment) continue;
                var match = Pattern().Match(trivia.Text);
                if (!match.Success) continue;
                var wholeFile = match.Groups["file"].Success;
                var reason = match.Groups["reason"].Success && match.Groups["reason"].Value.Length > 0 ? match.Groups["reason"].Value : null;
                var scope = wholeFile ? new TextSpan(0, tree.Text.Length) : NextMember(tokens, trivia.Span.End, tree);
                var codes = match.Groups["codes"].Value.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (codes.Length == 0) codes = [""];
                foreach (var code in codes)
                    yield return new Suppression(tree, trivia.Span, code.ToUpperInvariant(), scope, wholeFile, reason);
            }
        }
    }

    /// <summary>The outermost declaration or property that starts with the first token after the comment.</summary>
    private static TextSpan NextMember(List<SyntaxToken> tokens, int after, SyntaxTree tree)
    {
        var next = tokens.FirstOrDefault(t => t.Span.Start >= after && t != tree.Root.EndOfFile);
        if (next is null) return new TextSpan(after, 0);
        SyntaxNode? member = null;
        foreach (var ancestor in next.Ancestors())
        {
            if (ancestor.FirstToken() != next) break;
            if (ancestor is MemberSyntax) member = ancestor;
        }
        return member?.Span ?? tree.Text.GetLineSpan(tree.Text.GetLineIndex(next.Span.Start));
    }
}
