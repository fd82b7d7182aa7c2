using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Protocol;
using KpiLang.LanguageServer.Workspace;
using KpiLang.Semantics;
using KpiLang.Syntax;
using Location = KpiLang.LanguageServer.Protocol.Location;

namespace KpiLang.LanguageServer.Features;

/// <summary>
/// Above each goal: how many indicators it has (with sub-goals) and how many findings are inside it. Clicking one
/// opens that list in place: the command <see cref="ShowList"/> (the extension's) takes the file, the position and
/// the places, as VS Code's own "show references" does.
/// </summary>
internal static class CodeLensProvider
{
    public const string ShowList = "kpi.toonLijst";

    public static CodeLens[] Lenses(CheckedSpecification group, SyntaxTree tree, Language language)
    {
        var model = group.Compilation.GetSemanticModel(tree);
        var findings = group.GetDiagnostics(tree.Path).ToList();
        var uri = DocumentUris.FromPath(tree.Path);
        var lenses = new List<CodeLens>();
        foreach (var declaration in tree.Root.DescendantNodes().OfType<DeclarationSyntax>().Where(d => d.Kind == DeclarationKind.Goal))
        {
            if (model.GetDeclaredSymbol(declaration) is not GoalSymbol goal) continue;
            var indicators = goal.AllIndicators.Select(i => new Location(DocumentUris.FromPath(i.SyntaxTree.Path), Positions.ToRange(i.Location))).ToArray();
            var inside = findings.Where(d => declaration.Span.Contains(d.Location.Span.Start)).Select(d => new Location(uri, Positions.ToRange(d.Location))).ToArray();
            var range = Positions.ToRange(tree.Text, declaration.Keyword.Span);
            lenses.Add(Lens(range, uri, indicators, ServerText.IndicatorCount(indicators.Length).Get(language)));
            lenses.Add(Lens(range, uri, inside, ServerText.FindingCount(inside.Length).Get(language)));
        }
        return [.. lenses];
    }

    private static CodeLens Lens(Protocol.Range range, string uri, Location[] places, string title) =>
        new(range, places.Length == 0 ? new Command(title, "") : new Command(title, ShowList, [uri, range.Start, places]));
}
