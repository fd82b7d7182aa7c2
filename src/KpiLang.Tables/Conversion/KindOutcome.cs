using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Tables.Cells;

namespace KpiLang.Tables.Conversion;

/// <summary>
/// The kind of one indicator (or none), the soort or eenheid cell it was read from (none when inferred), the note beside
/// <c>soort:</c> saying where it came from, a remark when no kind could be inferred, and the soort/eenheid cells that
/// must also stay verbatim in toelichting.
/// </summary>
internal sealed record KindOutcome(KindReading? Kind, CellRef? From, LocalizedText? Note, LocalizedText? Remark, ImmutableArray<CellRef> Kept);
