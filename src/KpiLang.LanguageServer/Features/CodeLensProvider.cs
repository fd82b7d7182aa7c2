using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Protocol;
using KpiLang.LanguageServer.Workspace;
using KpiLang.Semantics;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Features;

/// <summary>Above each goal: how many indicators it has (with sub-goals) and how many findings are inside it.</summary>
internal static class CodeLensProvider
{
    public static CodeLens[] Lenses(CheckedSpecification group, SyntaxTree tree, Language language)
    {
        var model = group.Compilation.GetSemanticModel(tree);
        var findings = group.GetDiagnostics(tree.Path).ToList();
        var lenses = new List<CodeLens>();
        foreach (var declaration in tree.Root.DescendantNodes().OfType<DeclarationSyntax>().Where(d => d.Kind == DeclarationKind.Goal))
        {
            if (model.GetDeclaredSymbol(declaration) is not GoalSymbol goal) continue;
            var indicators = goal.AllIndicators.Count();
            var inside = findings.Count(d => declaration.Span.Contains(d.Location.Span.Start));
            var title = new LocalizedText(
                $"{indicators} {(indicators == 1 ? "indicator" : "indicatoren")} · {inside} {(inside == 1 ? "bevinding" : "bevindingen")}",
                $"{indicators} {(indicators == 1 ? "indicator" : "indicators")} · {inside} {(inside == 1 ? "finding" : "findings")}").Get(language);
            var line = Positions.ToRange(tree.Text, declaration.Keyword.Span);
            lenses.Add(new CodeLens(line, new Command(title, "")));
        }
        return [.. lenses];
    }
}
