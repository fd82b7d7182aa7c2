using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Tables.Conversion;

/// <summary>
/// One table row as an indicator: the line it came from, its derived name, the indicator text as title, the goal it
/// stands under (a name, or none), its properties in the order they are written, the cells kept verbatim in
/// toelichting (in column order) and notes written as comments at the top of its block.
/// </summary>
public sealed record ConvertedIndicator(
    int Line,
    string Name,
    string Title,
    string? Goal,
    ImmutableArray<KpiProperty> Properties,
    ImmutableArray<CellRef> Explanation,
    ImmutableArray<LocalizedText> Notes)
{
    public IEnumerable<KpiProperty> Targets => Properties.Where(p => p.Key == "streefwaarde");

    /// <summary>
    /// The indicator without one property, whose cell goes to toelichting with the reason as a note: what the
    /// language refuses is kept as the table wrote it, never dropped.
    /// </summary>
    public ConvertedIndicator Without(int property, LocalizedText reason)
    {
        var explanation = Explanation.AddRange(Properties[property].Sources.Where(c => !Explanation.Contains(c)))
            .Sort((a, b) => a.Column.CompareTo(b.Column));
        return this with { Properties = Properties.RemoveAt(property), Explanation = explanation, Notes = Notes.Add(reason) };
    }
}
