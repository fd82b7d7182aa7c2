using Antlr4.Runtime;

namespace KpiLang.Syntax.Repairs;

/// <summary>
/// A token the repair pass made or changed: a word that became a keyword (with its row of the keyword table, so a
/// misspelled 'indicatr' still means 'indicator'), tokens joined into one, or a token inserted where one is missing
/// (zero width, no text: it becomes a missing token in the syntax tree).
/// </summary>
internal sealed class RepairedToken : CommonToken
{
    public RepairedToken(IToken original) : base(original)
    {
    }

    /// <summary>The keyword the token stands for, when it is one.</summary>
    public Keyword? Keyword { get; init; }

    /// <summary>Inserted by a repair: there is no text for it in the source.</summary>
    public bool IsInserted { get; init; }

    /// <summary>A zero-width token of <paramref name="type"/> at <paramref name="position"/>, copying the stream of <paramref name="near"/>.</summary>
    public static RepairedToken Inserted(IToken near, int type, int position, Keyword? keyword = null) => new(near)
    {
        Type = type,
        StartIndex = position,
        StopIndex = position - 1,
        Text = string.Empty,
        Channel = TokenConstants.DefaultChannel,
        IsInserted = true,
        Keyword = keyword,
    };
}
