using Antlr4.Runtime;
using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;
using KpiLang.Text;

namespace KpiLang.Syntax.Repairs;

/// <summary>
/// The lexer's tokens (every channel, ending with end-of-file) while the repairs work on them, with the questions
/// they all ask: the next or previous token the parser will see, whether a token starts its line, where a member can
/// start. Changes are made by replacing, hiding or inserting tokens; the repairs report each change here.
/// </summary>
internal sealed class RepairTokens(SourceText source, List<IToken> tokens, List<Diagnostic> diagnostics)
{
    /// <summary>Tokens a repair took out of the parser's sight; the tree keeps them as skipped-token trivia.</summary>
    public const int SkippedChannel = 2;

    public SourceText Source { get; } = source;

    public int Count => tokens.Count;

    public IToken this[int index] => tokens[index];

    public IReadOnlyList<IToken> All => tokens;

    public static bool IsSignificant(IToken token) => token.Channel == TokenConstants.DefaultChannel;

    /// <summary>The index of the next token the parser will see after <paramref name="index"/> (end-of-file at the end).</summary>
    public int Next(int index)
    {
        for (var i = index + 1; i < tokens.Count; i++)
            if (IsSignificant(tokens[i])) return i;
        return tokens.Count - 1;
    }

    /// <summary>The index of the token the parser sees before <paramref name="index"/>, or -1.</summary>
    public int Previous(int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (IsSignificant(tokens[i])) return i;
        return -1;
    }

    public int TypeAt(int index) => index >= 0 && index < tokens.Count ? tokens[index].Type : TokenConstants.InvalidType;

    /// <summary>A word as the lexer reads it, not yet a keyword.</summary>
    public bool IsWord(int index) => TypeAt(index) == KpiParser.IDENTIFIER;

    public bool SameLine(int a, int b) => a >= 0 && b >= 0 && tokens[a].Type != TokenConstants.EOF && tokens[b].Type != TokenConstants.EOF
        && tokens[a].Line == tokens[b].Line;

    /// <summary>No token the parser sees stands before this one on its line.</summary>
    public bool FirstOnLine(int index)
    {
        var previous = Previous(index);
        return previous < 0 || tokens[previous].Line < tokens[index].Line;
    }

    /// <summary>Nothing the parser sees follows this token on its line.</summary>
    public bool LastOnLine(int index) => !SameLine(index, Next(index));

    /// <summary>
    /// Where a member (a declaration or a property) can start: the start of the file, right after a brace, or the
    /// first token of a line that does not continue a list or a value (the line before does not end in ',' or ':').
    /// </summary>
    public bool IsMemberStart(int index)
    {
        var previous = Previous(index);
        if (previous < 0) return true;
        var type = tokens[previous].Type;
        if (type is KpiParser.LBRACE or KpiParser.RBRACE) return true;
        return tokens[previous].Line < tokens[index].Line && type is not (KpiParser.COMMA or KpiParser.COLON);
    }

    /// <summary>The column of the first token the parser sees on the line of <paramref name="index"/>.</summary>
    public int LineStartIndex(int index)
    {
        var start = index;
        for (var previous = Previous(index); previous >= 0 && tokens[previous].Line == tokens[index].Line; previous = Previous(previous))
            start = previous;
        return start;
    }

    public TextSpan Span(int index) => TextSpan.FromBounds(tokens[index].StartIndex, Math.Max(tokens[index].StartIndex, tokens[index].StopIndex + 1));

    public TextSpan Span(int first, int last) => TextSpan.FromBounds(tokens[first].StartIndex, Math.Max(tokens[first].StartIndex, tokens[last].StopIndex + 1));

    public void Replace(int index, IToken token) => tokens[index] = token;

    /// <summary>Makes the word at <paramref name="index"/> the keyword <paramref name="keyword"/>, as token type <paramref name="type"/>.</summary>
    public void MakeKeyword(int index, Keyword keyword, int type) =>
        tokens[index] = new RepairedToken(tokens[index]) { Type = type, Keyword = keyword };

    public void Retype(int index, int type) => tokens[index] = new RepairedToken(tokens[index]) { Type = type };

    /// <summary>Takes a token out of the parser's sight; it stays in the tree as skipped-token trivia.</summary>
    public void Hide(int index) => tokens[index] = new RepairedToken(tokens[index]) { Channel = SkippedChannel };

    /// <summary>Joins the tokens <paramref name="first"/>..<paramref name="last"/> (hidden ones between included) into one of type <paramref name="type"/>.</summary>
    public void Join(int first, int last, int type)
    {
        var span = Span(first, last);
        tokens[first] = new RepairedToken(tokens[first]) { Type = type, StopIndex = span.End - 1, Text = Source.Text.Substring(span.Start, span.Length) };
        tokens.RemoveRange(first + 1, last - first);
    }

    public void Insert(int index, IToken token) => tokens.Insert(index, token);

    public void Report(Diagnostic diagnostic) => diagnostics.Add(diagnostic);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object[] arguments) =>
        diagnostics.Add(Diagnostic.Create(descriptor, new Location(Source, span), arguments));

    /// <summary>A fix that replaces <paramref name="span"/> with <paramref name="text"/>.</summary>
    public CodeFix Replacement(TextSpan span, string text, LocalizedText title) =>
        new(title, [new TextEdit(Source, span, text)]);

    public string Text(int index) => tokens[index].Text ?? string.Empty;
}
