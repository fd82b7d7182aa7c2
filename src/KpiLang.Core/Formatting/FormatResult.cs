using KpiLang.Diagnostics;

namespace KpiLang.Formatting;

/// <summary>The formatted text, or the unchanged text and why it was not formatted.</summary>
public sealed record FormatResult(string Text, bool Changed, LocalizedText? RefusedBecause)
{
    public bool Refused => RefusedBecause is not null;
}
