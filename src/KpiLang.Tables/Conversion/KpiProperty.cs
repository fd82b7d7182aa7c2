using System.Collections.Immutable;
using KpiLang.Diagnostics;

namespace KpiLang.Tables.Conversion;

/// <summary>
/// One property of a converted indicator in the language's words: <c>key: value</c>, where a text value is written
/// quoted. <see cref="Note"/> becomes a comment beside it (what was inferred, or the cell when the words changed);
/// <see cref="Sources"/> are the cells it came from (a target and the periode that gave its term), kept verbatim in
/// toelichting if the language refuses the property.
/// </summary>
public sealed record KpiProperty(string Key, string Value, bool IsText = false)
{
    public LocalizedText? Note { get; init; }

    public ImmutableArray<CellRef> Sources { get; init; } = [];
}
