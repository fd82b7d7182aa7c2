using System.Globalization;
using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Protocol;
using KpiLang.LanguageServer.Workspace;
using KpiLang.Semantics;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// Quick fixes at the cursor: the rules' own fixes, "suppress with a reason" for each rule finding, and adding
/// what an indicator lacks (owner, baseline, deadline, disclaimer) as a line to fill in.
/// </summary>
internal static class CodeActionProvider
{
    private const string QuickFix = "quickfix";
    private const string OwnerRule = "KPI120";
    private const string DisclaimerRule = "KPI138";

    public static CodeAction[] Actions(CheckedSpecification group, SyntaxTree tree, TextSpan range, Language language, DateOnly today)
    {
        var actions = new List<CodeAction>();
        var here = group.GetDiagnostics(tree.Path)
            .Where(d => d.Location.Span.OverlapsWith(range) || d.Location.Span.ContainsOrTouches(range.Start) || range.ContainsOrTouches(d.Location.Span.Start))
            .ToList();
        foreach (var diagnostic in here)
        {
            var lsp = DiagnosticConverter.ToProtocol(diagnostic, language);
            if (diagnostic.Fix is { } fix)
                actions.Add(new CodeAction(fix.Title.Get(language), QuickFix, ToWorkspaceEdit(fix.Edits), [lsp], IsPreferred: true));
        }
        foreach (var diagnostic in here.Where(d => d.Descriptor.Category != DiagnosticCategory.Compiler).DistinctBy(d => (d.Code, d.Location.Span.Start)))
            actions.Add(Suppress(tree, diagnostic, language));

        var model = group.Compilation.GetSemanticModel(tree);
        if (model.GetEnclosingSymbol(range.Start) is IndicatorSymbol indicator)
            {
            // Where a rule already offers its own fix for the same gap, that fix is the one to show.
            var fixedCodes = here.Where(d => d.Fix is not null).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
            actions.AddRange(Completions(indicator, language, today, fixedCodes));
        }
        return [.. actions];
    }

    private static CodeAction Suppress(SyntaxTree tree, Diagnostics.Diagnostic diagnostic, Language language)
    {
        // Above the innermost declaration around the finding: the comment then silences it for that whole block.
        var token = tree.FindToken(diagnostic.Location.Span.Start);
        var declaration = token?.Ancestors().OfType<DeclarationSyntax>().FirstOrDefault();
        var anchor = declaration?.Span.Start ?? diagnostic.Location.Span.Start;
        var line = tree.Text.GetLineSpan(tree.Text.GetLineIndex(anchor));
        var indent = IndentOf(tree.Text, anchor);
        var reason = new LocalizedText("<reden>", "<reason>").Get(language);
        var edit = new Protocol.TextEdit(Positions.ToRange(tree.Text, new TextSpan(line.Start, 0)), $"{indent}// kpi-negeer {diagnostic.Code}: {reason}\n");
        return new CodeAction(
            new LocalizedText($"Negeer {diagnostic.Code} hier, met een reden", $"Suppress {diagnostic.Code} here, with a reason").Get(language),
            QuickFix, Single(tree, edit), [DiagnosticConverter.ToProtocol(diagnostic, language)]);
    }

    private static IEnumerable<CodeAction> Completions(IndicatorSymbol indicator, Language language, DateOnly today, IReadOnlySet<string> fixedCodes)
    {
        var tree = indicator.SyntaxTree;
        if (indicator.Owner is null && indicator.OwnerName is null && !fixedCodes.Contains(OwnerRule))
        {
            var owner = indicator.Effort?.Owner ?? indicator.Goal?.Owner;
            if (AddProperty(indicator, $"eigenaar: {owner?.Name ?? "wie"}") is { } edit)
                yield return new CodeAction(new LocalizedText("Voeg een eigenaar toe", "Add an owner").Get(language), QuickFix, Single(tree, edit));
        }
        if (indicator.Baseline is null && indicator.BaselinePlannedOn is null
            && AddProperty(indicator, $"nulmeting: op {today.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}") is { } baseline)
            yield return new CodeAction(new LocalizedText("Voeg een (geplande) nulmeting toe", "Add a (planned) baseline").Get(language), QuickFix, Single(tree, baseline));
        foreach (var target in indicator.Targets)
        {
            var syntax = target.Syntax;
            if (target.TimeBound is null && target.Window is null)
            {
                var edit = new Protocol.TextEdit(Positions.ToRange(tree.Text, new TextSpan(syntax.Target.Span.End, 0)), $" in {today.Year + 1}");
                yield return new CodeAction(new LocalizedText($"Voeg een termijn toe aan '{syntax.Target}'", $"Add a deadline to '{syntax.Target}'").Get(language),
                    QuickFix, Single(tree, edit));
            }
            if (!target.HasDisclaimer && !fixedCodes.Contains(DisclaimerRule))
            {
                var indent = IndentOf(tree.Text, syntax.Span.Start);
                var disclaimer = "disclaimer: \"Indicatief; afhankelijk van maatschappelijke ontwikkelingen.\"";
                var edit = syntax.Block is { OpenBrace.IsMissing: false } block
                    ? new Protocol.TextEdit(Positions.ToRange(tree.Text, new TextSpan(block.OpenBrace.Span.End, 0)), $"\n{indent}    {disclaimer}")
                    : new Protocol.TextEdit(Positions.ToRange(tree.Text, new TextSpan(syntax.Target.Span.End, 0)), $" {{\n{indent}    {disclaimer}\n{indent}}}");
                yield return new CodeAction(new LocalizedText("Voeg een disclaimer toe aan de streefwaarde", "Add a disclaimer to the target").Get(language),
                    QuickFix, Single(tree, edit));
            }
        }
    }

    /// <summary>A new property line as the first member of the declaration's block.</summary>
    private static Protocol.TextEdit? AddProperty(Symbol symbol, string line)
    {
        if (symbol.Declaration.Block is not { OpenBrace.IsMissing: false } block) return null;
        var text = symbol.SyntaxTree.Text;
        var indent = IndentOf(text, symbol.Declaration.Span.Start) + "    ";
        return new Protocol.TextEdit(Positions.ToRange(text, new TextSpan(block.OpenBrace.Span.End, 0)), "\n" + indent + line);
    }

    private static string IndentOf(SourceText text, int position)
    {
        var line = text.GetLineText(text.GetLineIndex(position));
        return line[..(line.Length - line.TrimStart().Length)];
    }

    private static WorkspaceEdit Single(SyntaxTree tree, Protocol.TextEdit edit) =>
        new(new Dictionary<string, Protocol.TextEdit[]> { [DocumentUris.FromPath(tree.Path)] = [edit] });

    private static WorkspaceEdit ToWorkspaceEdit(IEnumerable<Diagnostics.TextEdit> edits) =>
        new(edits.GroupBy(e => e.Source).ToDictionary(
            g => DocumentUris.FromPath(g.Key.Path),
            g => g.Select(e => new Protocol.TextEdit(Positions.ToRange(e.Source, e.Span), e.NewText)).ToArray()));
}
