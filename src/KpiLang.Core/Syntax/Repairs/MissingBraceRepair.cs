using Antlr4.Runtime;
using KpiLang.Diagnostics;
using KpiLang.Syntax.Generated;
using KpiLang.Text;

namespace KpiLang.Syntax.Repairs;

/// <summary>
/// A block whose '}' is missing, found by indentation, as Roslyn and Swift do. Only when a file has fewer '}' than
/// '{': a declaration keyword at the start of a line that stands at or left of an open block's first line closes
/// that block, and so does a '}' that stands left of it. The missing '}' is reported at the end of the block's last
/// line, where it belongs, and inserted there, so the next 'doel' does not silently become a sub-goal; a block still
/// open at the end of the file is closed there, named, instead of one "unexpected end of file". A block is
/// only closed this way inside one that plain brace matching leaves open, so a badly indented block elsewhere in the
/// file is never taken for the culprit; a file with as many '}' as '{' is left alone, however it is indented.
/// </summary>
internal sealed class MissingBraceRepair : ITokenRepair
{
    private sealed record OpenBlock(int Column, int Owner, bool InUnclosed);

    public void Apply(RepairTokens tokens)
    {
        var unclosed = UnclosedBraces(tokens);
        var missing = unclosed.Count;
        if (missing == 0) return;
        var open = new Stack<OpenBlock>();
        for (var i = 0; i < tokens.Count && missing > 0; i++)
        {
            if (!RepairTokens.IsSignificant(tokens[i])) continue;
            switch (tokens[i].Type)
            {
                case KpiParser.LBRACE:
                    var owner = tokens.LineStartIndex(i);
                    open.Push(new OpenBlock(tokens[owner].Column, owner, unclosed.Contains(tokens[i]) || open.Any(b => b.InUnclosed)));
                    break;
                case KpiParser.RBRACE:
                    if (tokens.FirstOnLine(i))
                        while (open.Count > 1 && missing > 0 && open.Peek().InUnclosed && open.Peek().Column > tokens[i].Column)
                        {
                            i = Close(tokens, i, open.Pop());
                            missing--;
                        }
                    if (open.Count > 0) open.Pop();
                    break;
                case KpiParser.DECLARATION when tokens.FirstOnLine(i):
                    while (open.Count > 0 && missing > 0 && open.Peek().InUnclosed && open.Peek().Column >= tokens[i].Column)
                    {
                        i = Close(tokens, i, open.Pop());
                        missing--;
                    }
                    break;
            }
        }
        // The file ends inside blocks (cut off, or still being typed): each lacks its '}' after the last line.
        var endOfFile = tokens.Count - 1;
        while (missing > 0 && endOfFile > 0 && tokens[endOfFile].Type == TokenConstants.EOF && open.TryPeek(out var last) && last.InUnclosed
               && tokens[last.Owner].Type != KpiParser.LBRACE) // a stray '{' of its own is reported as unexpected, not as a block
        {
            endOfFile = Close(tokens, endOfFile, open.Pop());
            missing--;
        }
    }

    /// <summary>The '{' tokens plain matching (each '}' closes the innermost open '{') leaves open at the end of the file.</summary>
    private static HashSet<IToken> UnclosedBraces(RepairTokens tokens)
    {
        var open = new Stack<IToken>();
        foreach (var token in tokens.All)
        {
            if (!RepairTokens.IsSignificant(token)) continue;
            if (token.Type == KpiParser.LBRACE) open.Push(token);
            else if (token.Type == KpiParser.RBRACE && open.Count > 0) open.Pop();
        }
        return new HashSet<IToken>(open, ReferenceEqualityComparer.Instance);
    }

    /// <summary>Inserts the missing '}' of <paramref name="block"/> before the token at <paramref name="before"/>; returns that token's new index.</summary>
    private static int Close(RepairTokens tokens, int before, OpenBlock block)
    {
        var last = tokens.Previous(before);
        var end = tokens.Span(last).End;
        var lineEnd = tokens.Source.GetLineSpan(tokens.Source.GetLineIndex(Math.Max(tokens[last].StartIndex, end - 1))).End;
        var ownerLine = tokens[block.Owner].Line;
        var indent = tokens.Source.Text.Substring(tokens.Source.GetLineSpan(ownerLine - 1).Start, tokens[block.Owner].Column);
        tokens.Report(Diagnostic.Create(CompilerDiagnostics.MissingCloseBrace, new Location(tokens.Source, new TextSpan(end, 0)), Describe(tokens, block), ownerLine)
            with { Fix = tokens.Replacement(new TextSpan(lineEnd, 0), "\n" + indent + "}", FixTitles.CloseBlock) });
        tokens.Insert(before, RepairedToken.Inserted(tokens[last], KpiParser.RBRACE, end));
        return before + 1;
    }

    /// <summary>"doel 'a'" for a declaration; the first word of the line otherwise ("'streefwaarde'").</summary>
    private static string Describe(RepairTokens tokens, OpenBlock block)
    {
        var owner = tokens[block.Owner];
        var name = tokens.Next(block.Owner);
        return owner is RepairedToken { Keyword: { Role: KeywordRole.Declaration } keyword } && tokens.SameLine(block.Owner, name)
               && tokens[name].Type is not (KpiParser.LBRACE or KpiParser.STRING)
            ? $"{keyword.Text} '{tokens.Text(name)}'"
            : $"'{tokens.Text(block.Owner)}'";
    }
}
