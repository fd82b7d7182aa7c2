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
        var inFile = group.GetDiagnostics(tree.Path).ToList();
        var here = inFile
            .Where(d => d.Location.Span.OverlapsWith(range) || d.Location.Span.ContainsOrTouches(range.Start) || range.ContainsOrTouches(d.Location.Span.Start))
            .ToList();
        var fixedCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var diagnostic in here)
        {
            if (DiagnosticFixes.For(diagnostic, group.Compilation, tree, today) is not { } fix) continue;
            fixedCodes.Add(diagnostic.Code);
            actions.Add(new CodeAction(fix.Title.Get(language), QuickFix, ToWorkspaceEdit(fix.Edits),
                [DiagnosticConverter.ToProtocol(diagnostic, language)], IsPreferred: true));
        }
        foreach (var code in fixedCodes) if (FixAll(group, tree, inFile, code, language, today) is { } all) actions.Add(all);
        foreach (var diagnostic in here.Where(d => d.Descriptor.Category != DiagnosticCategory.Compiler).DistinctBy(d => (d.Code, d.Location.Span.Start)))
            actions.Add(Suppress(tree, diagnostic, language));

        var model = group.Compilation.GetSemanticModel(tree);
        // Where a finding here already has its fix, that fix is the one to show.
        if (model.GetEnclosingSymbol(range.Start) is IndicatorSymbol indicator)
            actions.AddRange(Completions(indicator, language, today, fixedCodes));
        return [.. actions];
    }

    /// <summary>One action that applies the fix of every finding with this code in the file, when there are several.</summary>
    private static CodeAction? FixAll(CheckedSpecification group, SyntaxTree tree, List<Diagnostics.Diagnostic> inFile, string code, Language language, DateOnly today)
    {
        var fixes = inFile.Where(d => d.Code == code)
            .Select(d => DiagnosticFixes.For(d, group.Compilation, tree, today)).OfType<CodeFix>().ToList();
        if (fixes.Count < 2) return null;
        var edits = fixes.SelectMany(f => f.Edits).DistinctBy(e => (e.Source.Path, e.Span.Start, e.Span.Length, e.NewText)).ToList();
        var title = new LocalizedText($"Los alle {fixes.Count} meldingen {code} in dit bestand op", $"Fix all {fixes.Count} {code} findings in this file");
        return new CodeAction(title.Get(language), QuickFix, ToWorkspaceEdit(edits));
    }

    private static CodeAction Suppress(SyntaxTree tree, Diagnostics.Diagnostic diagnostic, Language language)
    {
        // Above the innermost declaration around the finding: the comment then silences it for that whole block.
        var token = tree.FindToken(diagnostic.Location.Span.Start);
        var declaration = token?.Ancestors().OfType<DeclarationSyntax>().FirstOrDefault();
        var anchor = declaration?.Span.Start ?? diagnostic.Location.Span.Start;
        var line = tree.Text.GetLineSpan(tree.Text.GetLineIndex(anchor));
        var indent = Indentation.Of(tree.Text, anchor);
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
            if (AddProperty(indicator, $"{Keywords.Of(PropertyKey.Eigenaar).Text}: {owner?.Name ?? "wie"}") is { } edit)
                yield return new CodeAction(new LocalizedText("Voeg een eigenaar toe", "Add an owner").Get(language), QuickFix, Single(tree, edit));
        }
        if (indicator.Baseline is null && indicator.BaselinePlannedOn is null
            && AddProperty(indicator, $"{Keywords.Of(PropertyKey.Nulmeting).Text}: op {today.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}") is { } baseline)
            yield return new CodeAction(new LocalizedText("Voeg een (geplande) nulmeting toe", "Add a (planned) baseline").Get(language), QuickFix, Single(tree, baseline));
        foreach (var target in indicator.Targets)
        {
            var syntax = target.Syntax;
            if (target.TimeBound is null && target.Window is null && !fixedCodes.Contains(DiagnosticFixes.NoDeadline))
            {
                var edit = new Protocol.TextEdit(Positions.ToRange(tree.Text, new TextSpan(syntax.Target.Span.End, 0)), $" in {today.Year + 1}");
                yield return new CodeAction(new LocalizedText($"Voeg een termijn toe aan '{syntax.Target}'", $"Add a deadline to '{syntax.Target}'").Get(language),
                    QuickFix, Single(tree, edit));
            }
            if (!target.HasDisclaimer && !fixedCodes.Contains(DisclaimerRule)
                && DiagnosticFixes.AddToTargetBlock(tree.Text, syntax, $"{Keywords.Of(PropertyKey.Disclaimer).Text}: \"Indicatief; afhankelijk van maatschappelijke ontwikkelingen.\"") is { } disclaimer)
                yield return new CodeAction(new LocalizedText("Voeg een disclaimer toe aan de streefwaarde", "Add a disclaimer to the target").Get(language),
                    QuickFix, ToWorkspaceEdit([disclaimer]));
        }
    }

    /// <summary>A new property line as the first member of the declaration's block.</summary>
    private static Protocol.TextEdit? AddProperty(Symbol symbol, string line)
    {
        if (symbol.Declaration.Block is not { OpenBrace.IsMissing: false } block) return null;
        var text = symbol.SyntaxTree.Text;
        var indent = Indentation.Of(text, symbol.Declaration.Span.Start) + "    ";
        return new Protocol.TextEdit(Positions.ToRange(text, new TextSpan(block.OpenBrace.Span.End, 0)), "\n" + indent + line);
    }

    private static WorkspaceEdit Single(SyntaxTree tree, Protocol.TextEdit edit) =>
        new(new Dictionary<string, Protocol.TextEdit[]> { [DocumentUris.FromPath(tree.Path)] = [edit] });

    private static WorkspaceEdit ToWorkspaceEdit(IEnumerable<Diagnostics.TextEdit> edits) =>
        new(edits.GroupBy(e => e.Source).ToDictionary(
            g => DocumentUris.FromPath(g.Key.Path),
            g => g.Select(e => new Protocol.TextEdit(Positions.ToRange(e.Source, e.Span), e.NewText)).ToArray()));
}
