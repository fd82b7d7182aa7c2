using System.Collections.Immutable;

namespace KpiLang.Tables.Cells;

/// <summary>Reads the tokens of one cell front to back; a reader that fails leaves the position where it was.</summary>
internal sealed class CellCursor(ImmutableArray<CellToken> tokens)
{
    public int Position { get; set; }

    public bool AtEnd => Position >= tokens.Length;

    public CellToken? Peek(int ahead = 0) => Position + ahead < tokens.Length ? tokens[Position + ahead] : null;

    public CellToken Take() => tokens[Position++];

    /// <summary>Takes the next token when it is one of the words (case-insensitive); returns the word as written.</summary>
    public string? TakeWord(params string[] words)
    {
        if (Peek() is { } token && words.Any(token.Is)) { Position++; return token.Text; }
        return null;
    }

    public bool TakeSymbol(string symbol)
    {
        if (Peek() is { } token && token.IsSymbol(symbol)) { Position++; return true; }
        return false;
    }

    public bool TakeKind(CellTokenKind kind)
    {
        if (Peek() is { Kind: var k } && k == kind) { Position++; return true; }
        return false;
    }

    /// <summary>What <paramref name="read"/> makes of a whole cell, or null when it leaves anything unread.</summary>
    public static T? ReadWhole<T>(string cell, Func<CellCursor, T?> read) where T : class
    {
        var cursor = new CellCursor(CellLexer.Tokenize(cell));
        return read(cursor) is { } result && cursor.AtEnd ? result : null;
    }

    /// <summary>Runs a reader; when it returns null the position is put back, so readers can be tried in turn.</summary>
    public T? Try<T>(Func<CellCursor, T?> read) where T : class
    {
        var saved = Position;
        var result = read(this);
        if (result is null) Position = saved;
        return result;
    }
}
