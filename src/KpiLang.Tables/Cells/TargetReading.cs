using System.Collections.Immutable;

namespace KpiLang.Tables.Cells;

/// <summary>
/// A target cell in the language's words: the comparison (<c>minimaal 90 %</c>, <c>64,3</c>, <c>afname</c>), the
/// values it names (their units may tell the indicator's kind), the term the cell itself gives, and whether the words
/// were changed (<c>≥</c> → <c>minimaal</c>, "groter is dan in de 0-meting" → <c>hoger dan nulmeting</c>), so the
/// output can show the cell beside it.
/// </summary>
internal sealed record TargetReading(string Comparison, ImmutableArray<WrittenQuantity> Values, string? Term, bool Reworded)
{
    public string WithTerm(string? term) => term is null ? Comparison : $"{Comparison} {term}";
}
