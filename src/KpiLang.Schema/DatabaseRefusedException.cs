using KpiLang.Diagnostics;

namespace KpiLang.Schema;

/// <summary>
/// The database cannot be used: written by a newer kpic, not a KpiLang database, damaged, or missing. Hosts show
/// <see cref="Text"/> and exit with "database refused" (or "usage" when <see cref="IsUsageError"/>).
/// </summary>
public sealed class DatabaseRefusedException(LocalizedText text, bool isUsageError = false) : Exception(text.En)
{
    public LocalizedText Text { get; } = text;

    public bool IsUsageError { get; } = isUsageError;
}
