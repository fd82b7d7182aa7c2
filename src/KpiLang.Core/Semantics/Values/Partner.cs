namespace KpiLang.Semantics;

/// <summary>A network partner of an effort: a declared actor, or a party named in quotes.</summary>
public sealed record Partner(string Name, ActorSymbol? Actor);
