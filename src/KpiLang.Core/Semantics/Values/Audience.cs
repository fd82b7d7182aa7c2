namespace KpiLang.Semantics;

/// <summary>An actor who enters, views or discusses an indicator, and how often.</summary>
public sealed record Audience(ActorSymbol Actor, Frequency? Frequency);
