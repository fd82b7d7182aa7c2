using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;

namespace KpiLang.Syntax.Repairs;

/// <summary>
/// 'Doel d "…" {' and 'Eigenaar: team': a keyword with capitals, in keyword position. Keywords are lower case, so
/// it is one error with the fix, and the declaration or property is read as meant instead of falling apart.
/// </summary>
internal sealed class CapitalisedKeywordRepair : ITokenRepair
{
    public void Apply(RepairTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!RepairTokens.IsSignificant(tokens[i]) || !tokens.IsWord(i)) continue;
            var word = tokens.Text(i);
            var lower = word.ToLowerInvariant();
            if (lower == word) continue;
            if (Keywords.FindProperty(lower) is { } key && MisspelledKeywordRepair.KeyFollows(tokens, i, key, ignoreCase: true) is { } tail)
                Repair(tokens, i, tail, key, lower);
            else if (Keywords.Find(lower) is { Role: KeywordRole.Declaration } declaration && KeywordPositions.HasDeclarationShape(tokens, i))
                Repair(tokens, i, -1, declaration, lower);
            else if (Keywords.Find(lower) is { Role: KeywordRole.Import } import && KeywordPositions.IsPath(tokens.TypeAt(tokens.Next(i))))
                Repair(tokens, i, -1, import, lower);
        }
    }

    private static void Repair(RepairTokens tokens, int index, int tail, Keyword keyword, string lower)
    {
        var span = tail < 0 ? tokens.Span(index) : tokens.Span(index, tail);
        var fixedText = tail < 0 ? lower : tokens.Source.Text.Substring(span.Start, span.Length).ToLowerInvariant();
        tokens.Report(Diagnostic.Create(CompilerDiagnostics.CapitalisedKeyword, new Location(tokens.Source, span), fixedText)
            with { Fix = tokens.Replacement(span, fixedText, new($"Schrijf '{fixedText}'", $"Write '{fixedText}'")) });
        tokens.MakeKeyword(index, keyword, keyword.TokenType);
        if (tail >= 0) tokens.MakeKeyword(tail, keyword, KpiParser.KEY_TAIL);
    }
}
