namespace KpiLang.Semantics;

/// <summary>A herijking: how often the KPIs are recalibrated, by whom, and when next.</summary>
public sealed record ReviewCycle(Frequency Frequency, ActorSymbol? By, DateOnly? Next);
