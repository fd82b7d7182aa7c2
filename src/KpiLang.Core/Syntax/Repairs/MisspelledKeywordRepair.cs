using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;
using KpiLang.Text;

namespace KpiLang.Syntax.Repairs;

/// <summary>
/// 'indicatr x "…" {' and 'frequencie: jaarlijks': a word in keyword position that is no keyword but close to one.
/// Before ':' it is a property key; at the start of a member, before a name and a title, a declaration keyword. It is
/// reported once ("bedoel je 'indicator'?", with the fix) and read as that keyword, so the block is parsed as meant:
/// no errors before it, and its properties are not reported as misplaced.
/// </summary>
internal sealed class MisspelledKeywordRepair : ITokenRepair
{
    private static readonly string[] KeyWords = [.. Keywords.Properties.SelectMany(k => k.Spellings).Select(s => s.Split(' ')[0]).Distinct()];
    private static readonly string[] TwoWordKeys = [.. Keywords.Properties.Where(k => k.Words.Length == 2).Select(k => k.Text)];
    private static readonly string[] DeclarationWords = [.. Keywords.Declarations.Select(k => k.Text)];

    public void Apply(RepairTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!RepairTokens.IsSignificant(tokens[i]) || !tokens.IsWord(i)) continue;
            var word = tokens.Text(i);
            var next = tokens.Next(i);
            if (tokens.TypeAt(next) == KpiParser.COLON)
            {
                if (NameSuggestions.Closest(word, KeyWords) is { } closest && Keywords.FindProperty(closest) is { } key)
                    Repair(tokens, i, key, key.Words[0], key.Words.Length == 2);
            }
            else if (tokens.TypeAt(tokens.Next(next)) == KpiParser.COLON && RepairTokens.IsSignificant(tokens[next]) && IsWordLike(tokens, next))
            {
                if (NameSuggestions.Closest($"{word} {tokens.Text(next)}", TwoWordKeys) is { } closest && Keywords.FindProperty(closest.Split(' ')[0]) is { } key)
                {
                    Repair(tokens, i, key, key.Words[0], missingTail: false);
                    tokens.MakeKeyword(next, key, KpiParser.KEY_TAIL);
                }
            }
            else if (KeywordPositions.HasDeclarationShape(tokens, i))
            {
                if (NameSuggestions.Closest(word, DeclarationWords) is { } closest && Keywords.Find(closest) is { } declaration)
                    Repair(tokens, i, declaration, closest, missingTail: false);
            }
            else if (tokens.IsMemberStart(i) && KeywordPositions.IsPath(tokens.TypeAt(next))
                     && NameSuggestions.Closest(word, ["importeer"]) is { } closest && Keywords.Find(closest) is { } import)
            {
                Repair(tokens, i, import, closest, missingTail: false);
            }
        }
    }

    /// <summary>
    /// When <paramref name="key"/> stands at <paramref name="index"/> as a key (':' follows, after 'aan'/'met' for a
    /// key of two words), the index of its second word, or -1 for a key of one word; null when it is not a key here.
    /// </summary>
    public static int? KeyFollows(RepairTokens tokens, int index, Keyword key, bool ignoreCase)
    {
        var next = tokens.Next(index);
        if (key.Words.Length == 1) return tokens.TypeAt(next) == KpiParser.COLON ? -1 : null;
        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return IsWordLike(tokens, next) && string.Equals(tokens.Text(next), key.Words[1], comparison)
            && tokens.TypeAt(tokens.Next(next)) == KpiParser.COLON ? next : null;
    }

    /// <summary>A word, also one the classifier already made a word inside values ('aan', 'met').</summary>
    private static bool IsWordLike(RepairTokens tokens, int index) =>
        tokens.IsWord(index) || tokens[index] is RepairedToken { Keyword.Role: KeywordRole.Word };

    private static void Repair(RepairTokens tokens, int index, Keyword keyword, string word, bool missingTail)
    {
        var span = tokens.Span(index);
        var written = tokens.Text(index);
        tokens.Report(Diagnostic.Create(CompilerDiagnostics.UnknownKeyword, new Location(tokens.Source, span), written, keyword.Text)
            with { Fix = tokens.Replacement(span, missingTail ? keyword.Text : word, new($"Schrijf '{(missingTail ? keyword.Text : word)}'", $"Write '{(missingTail ? keyword.Text : word)}'")) });
        tokens.MakeKeyword(index, keyword, keyword.TokenType);
        if (missingTail) tokens.Insert(index + 1, RepairedToken.Inserted(tokens[index], KpiParser.KEY_TAIL, span.End, keyword));
    }
}
