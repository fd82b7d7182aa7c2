using KpiLang.Diagnostics;
using KpiLang.Syntax;
using KpiLang.Text;

namespace KpiLang.Semantics;

/// <summary>
/// Owners and those involved. The method wants one accountable owner per KPI who can influence it, so the owner
/// must be one declared actor: a second name, an undeclared name or a party in quotes is an error, not a guess.
/// Others who take part go to 'betrokken:'.
/// </summary>
internal sealed partial class Binder
{
    private ActorSymbol? BindOwner(Symbol symbol, ReferencePropertySyntax syntax, ReferenceSyntax first)
    {
        var tree = symbol.SyntaxTree;
        if (syntax.References.Length > 1)
        {
            var others = syntax.References.Skip(1).Select(r => r.Value).Where(v => v.Length > 0).ToArray();
            var span = TextSpan.FromBounds(syntax.Separators[0].Span.Start, syntax.References[^1].Span.End);
            _diagnostics.Add(Diagnostic.Create(CompilerDiagnostics.MoreThanOneOwner, new Location(tree.Text, span),
                    symbol.Kind.WithArticle(), first.Value, string.Join(", ", others))
                with { Fix = MoveToInvolved(tree, syntax, span, others) });
        }
        return first.Identifier is { } name ? ResolveActor(tree, name) : ActorInQuotes(tree, first);
    }

    /// <summary>A party in quotes where an actor is needed: always an error, suggesting the actor with that title or a name to declare.</summary>
    private ActorSymbol? ActorInQuotes(SyntaxTree tree, ReferenceSyntax reference)
    {
        var specification = _specificationOf[tree];
        var byTitle = _byName.Values.OfType<ActorSymbol>().FirstOrDefault(a => _specificationOf[a.SyntaxTree] == specification
            && string.Equals(a.Title, reference.Value, StringComparison.OrdinalIgnoreCase));
        if (byTitle is not null)
            _diagnostics.Add(Diagnostic.CreateWithMessage(CompilerDiagnostics.PartyNotAnActor, new Location(tree.Text, reference.Span),
                CompilerDiagnostics.PartyIsActorByTitle(reference.Value, byTitle.Name)));
        else
            Report(CompilerDiagnostics.PartyNotAnActor, tree, reference.Span, reference.Value, NameFor(reference.Value));
        return null;
    }

    private static CodeFix MoveToInvolved(SyntaxTree tree, ReferencePropertySyntax syntax, TextSpan others, string[] names)
    {
        var line = tree.Text.GetLineText(tree.Text.GetLineIndex(syntax.Span.Start));
        var indent = line[..(line.Length - line.TrimStart().Length)];
        return new CodeFix(FixTitles.MoveOthersToInvolved,
        [
            new TextEdit(tree.Text, others, ""),
            new TextEdit(tree.Text, new TextSpan(syntax.Span.End, 0), $"\n{indent}betrokken: {string.Join(", ", names)}"),
        ]);
    }

    /// <summary>"Team Werk &amp; Inkomen" → team_werk_inkomen: a name the user can declare for a party written in quotes.</summary>
    internal static string NameFor(string title)
    {
        var name = string.Join('_', title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string([.. w.Where(c => char.IsLetterOrDigit(c) || c == '_')])).Where(w => w.Length > 0));
        return name.Length > 0 && !char.IsDigit(name[0]) ? name : "actor_" + name;
    }
}
