using System.Collections.Immutable;
using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>A person, role, team or body: who owns, enters, discusses, and what they can influence.</summary>
public sealed class ActorSymbol(string name, string? title, DeclarationSyntax declaration, SyntaxTree tree)
    : Symbol(name, title, declaration, tree, null)
{
    public override SymbolKind Kind => SymbolKind.Actor;
    public Level? Level { get; internal set; }
    public ActorKind? ActorKind { get; internal set; }

    /// <summary>The goals, efforts and indicators this actor can really influence (beïnvloedt).</summary>
    public ImmutableArray<Symbol> Influences { get; internal set; } = [];

    /// <summary>
    /// True when the actor's declared influence covers the symbol: the symbol itself or any goal or effort it is
    /// nested in.
    /// </summary>
    public bool CanInfluence(Symbol symbol)
    {
        for (Symbol? s = symbol; s is not null; s = s.Container)
            if (Influences.Contains(s)) return true;
        return false;
    }
}
