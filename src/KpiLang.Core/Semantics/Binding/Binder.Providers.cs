using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>
/// 'aanbieders:' names the providers that deliver an indicator. Each name is an actor, and that actor must say
/// 'soort: aanbieder': the measurement database keeps every row with its provider, and row-level security gives each
/// provider its own rows. An actor's kind is known only after all properties are bound (it may be declared later or in
/// another file), so the kinds are checked at the end.
/// </summary>
internal sealed partial class Binder
{
    private readonly List<(SyntaxTree Tree, SyntaxToken Name, ActorSymbol Actor)> _providers = [];

    private ImmutableArray<ActorSymbol> BindProviders(SyntaxTree tree, ReferencePropertySyntax syntax)
    {
        var actors = ImmutableArray.CreateBuilder<ActorSymbol>();
        foreach (var name in Names(syntax))
        {
            if (ResolveActor(tree, name) is not { } actor) continue;
            _providers.Add((tree, name, actor));
            actors.Add(actor);
        }
        return actors.ToImmutable();
    }

    private void CheckProviders()
    {
        foreach (var (tree, name, actor) in _providers)
            if (actor.ActorKind != ActorKind.Aanbieder) Report(CompilerDiagnostics.NotAProvider, tree, name.Span, actor.Name);
    }
}
