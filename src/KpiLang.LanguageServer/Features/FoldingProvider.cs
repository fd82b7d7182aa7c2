using KpiLang.LanguageServer.Protocol;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features;

/// <summary>Folds every block that spans lines, runs of comment lines, and the imports at the top.</summary>
internal static class FoldingProvider
{
    public static FoldingRange[] FoldingRanges(SyntaxTree tree)
    {
        var text = tree.Text;
        var ranges = new List<FoldingRange>();
        foreach (var block in tree.Root.DescendantNodes().OfType<BlockSyntax>())
        {
            if (block.CloseBrace.IsMissing) continue;
            var start = text.GetLineIndex(block.OpenBrace.Span.Start);
            var end = text.GetLineIndex(block.CloseBrace.Span.Start) - 1;
            if (end > start) ranges.Add(new FoldingRange(start, end));
        }
        if (tree.Root.Imports.Length > 1)
        {
            var first = text.GetLineIndex(tree.Root.Imports[0].Span.Start);
            var last = text.GetLineIndex(tree.Root.Imports[^1].Span.End);
            if (last > first) ranges.Add(new FoldingRange(first, last, "imports"));
        }
        AddCommentRuns(tree, ranges);
        return [.. ranges.OrderBy(r => r.StartLine)];
    }

    private static void AddCommentRuns(SyntaxTree tree, List<FoldingRange> ranges)
    {
        int? runStart = null, runEnd = null;
        foreach (var trivia in tree.Root.Tokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia)).Where(t => t.IsComment))
        {
            var start = tree.Text.GetLineIndex(trivia.Span.Start);
            var end = tree.Text.GetLineIndex(trivia.Span.End);
            if (runEnd is not null && start == runEnd + 1) runEnd = end;
            else
            {
                Flush();
                runStart = start;
                runEnd = end;
            }
        }
        Flush();

        void Flush()
        {
            if (runStart is { } s && runEnd is { } e && e > s) ranges.Add(new FoldingRange(s, e, "comment"));
        }
    }
}
