using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;

namespace KpiLang.Syntax.Repairs;

/// <summary>
/// Makes words keywords where they stand in keyword position, from the keyword table; everywhere else a word is a
/// name (soft keywords, as Roslyn's contextual keywords). A property key is a key before ':' (or where a member
/// starts, so 'eigenaar team' still reads as a key without its colon); a declaration keyword starts a declaration at
/// the start of a member, or wherever a name and a title follow it; 'importeer' before a path. Words with a meaning
/// inside values (minimaal, per, als …) are always keywords: the grammar cannot tell them from names there.
/// </summary>
internal sealed class KeywordClassifier : ITokenRepair
{
    /// <summary>'ja/nee' is one token from the lexer (a word with a slash); it gets its row here like every keyword.</summary>
    private static readonly Keyword YesNo = Keywords.Of(SyntaxKind.JaNeeKeyword);

    public void Apply(RepairTokens tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Type == KpiParser.JA_NEE) tokens.MakeKeyword(i, YesNo, KpiParser.JA_NEE);
            if (!RepairTokens.IsSignificant(tokens[i]) || !tokens.IsWord(i)) continue;
            var word = tokens.Text(i);
            if (Keywords.FindProperty(word) is { } key && TryProperty(tokens, i, key)) continue;
            switch (Keywords.Find(word))
            {
                case { Role: KeywordRole.Declaration } declaration when KeywordPositions.IsDeclaration(tokens, i):
                    tokens.MakeKeyword(i, declaration, declaration.TokenType);
                    break;
                case { Role: KeywordRole.Import } import when KeywordPositions.IsImport(tokens, i):
                    tokens.MakeKeyword(i, import, import.TokenType);
                    break;
                // 'niveau' means something in a value only in 'niveau van 2023'; elsewhere it is a name.
                case { Kind: SyntaxKind.NiveauKeyword } niveau:
                    if (tokens.IsWord(tokens.Next(i)) && tokens.Text(tokens.Next(i)) == "van") tokens.MakeKeyword(i, niveau, niveau.TokenType);
                    break;
                case { Role: KeywordRole.Word } valueWord:
                    tokens.MakeKeyword(i, valueWord, valueWord.TokenType);
                    break;
            }
        }
    }

    /// <summary>A property key where it is one; false leaves the word to the other roles (nulmeting in a value).</summary>
    private static bool TryProperty(RepairTokens tokens, int index, Keyword key)
    {
        var next = tokens.Next(index);
        if (key.Words.Length == 2)
        {
            var tailFollows = tokens.IsWord(next) && tokens.Text(next) == key.Words[1];
            if (tailFollows && (tokens.TypeAt(tokens.Next(next)) == KpiParser.COLON || tokens.IsMemberStart(index)))
            {
                tokens.MakeKeyword(index, key, key.TokenType);
                tokens.MakeKeyword(next, key, KpiParser.KEY_TAIL);
                return true;
            }
            if (tokens.TypeAt(next) != KpiParser.COLON && !tokens.IsMemberStart(index)) return false;
            // 'gekoppeld:' without 'aan': one clear error with the word to add, and the property still binds.
            tokens.MakeKeyword(index, key, key.TokenType);
            MissingTail(tokens, index, key);
            return true;
        }
        if (tokens.TypeAt(next) != KpiParser.COLON
            && !(tokens.IsMemberStart(index) && !KeywordPositions.LooksLikeDeclaration(tokens, index))) return false;
        tokens.MakeKeyword(index, key, key.TokenType);
        return true;
    }

    private static void MissingTail(RepairTokens tokens, int index, Keyword key)
    {
        var end = tokens[index].StopIndex + 1;
        tokens.Insert(index + 1, RepairedToken.Inserted(tokens[index], KpiParser.KEY_TAIL, end, key));
        tokens.Report(Diagnostic.Create(CompilerDiagnostics.MissingToken, new Location(tokens.Source, tokens.Span(index)),
                $"'{key.Words[1]}'", $"'{key.Words[0]}'")
            with { Fix = tokens.Replacement(new Text.TextSpan(end, 0), " " + key.Words[1], new($"Schrijf '{key.Text}'", $"Write '{key.Text}'")) });
    }
}
