using KpiLang.Syntax.Generated;

namespace KpiLang.Syntax.Repairs;

/// <summary>Where a word stands in keyword position, shared by the classifier and the repairs of misspelled keywords.</summary>
internal static class KeywordPositions
{
    /// <summary>
    /// A declaration keyword here starts a declaration: at the start of a member (unless ':' follows), or before a
    /// name and a title or block on the same line ('{ eigenaar: a  indicator b "…" { } }').
    /// </summary>
    public static bool IsDeclaration(RepairTokens tokens, int index)
    {
        var next = tokens.Next(index);
        if (tokens.IsMemberStart(index)) return tokens.TypeAt(next) != KpiParser.COLON;
        return LooksLikeDeclaration(tokens, index);
    }

    /// <summary>A name follows on the same line, then a title or a block: the shape of a declaration.</summary>
    public static bool LooksLikeDeclaration(RepairTokens tokens, int index)
    {
        var name = tokens.Next(index);
        if (!tokens.IsWord(name) || !tokens.SameLine(index, name)) return false;
        return StartsTitleOrBlock(tokens.TypeAt(tokens.Next(name)));
    }

    /// <summary>At the start of a member, a name follows on the same line and then a title, a block or the end of the line.</summary>
    public static bool HasDeclarationShape(RepairTokens tokens, int index)
    {
        if (!tokens.IsMemberStart(index)) return false;
        var name = tokens.Next(index);
        if (!tokens.IsWord(name) || !tokens.SameLine(index, name)) return false;
        var after = tokens.Next(name);
        return StartsTitleOrBlock(tokens.TypeAt(after)) || !tokens.SameLine(name, after);
    }

    /// <summary>'importeer' is a keyword only where a member can start (the grammar wants it at the top of the file).</summary>
    public static bool IsImport(RepairTokens tokens, int index) => tokens.IsMemberStart(index);

    public static bool IsPath(int type) => type is KpiParser.STRING or KpiParser.UNTERMINATED_STRING or KpiParser.TYPOGRAPHIC_STRING;

    private static bool StartsTitleOrBlock(int type) => IsPath(type) || type == KpiParser.LBRACE;
}
