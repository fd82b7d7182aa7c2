using KpiLang.Syntax;

namespace KpiLang.Semantics;

/// <summary>When a target applies, resolved to dates: "in 2025" is 2025-01-01..2025-12-31, "uiterlijk X" ends at X.</summary>
public sealed record TimeBound(TimeBoundKind Kind, DateOnly? Start, DateOnly? End)
{
    /// <summary>The date by which the target must be met, if there is one.</summary>
    public DateOnly? Deadline => End;
}
