namespace KpiLang.Benchmarks;

/// <summary>
/// Where the edit benchmarks type: inside the first description string, so the text stays valid and every version
/// really gets checked. Shared by the budget (over stdio) and the in-process benchmark, so both type in one place.
/// </summary>
internal static class TypingPoint
{
    private const string Description = "omschrijving: \"";

    /// <summary>The zero-based line and character just after the opening quote of the first description.</summary>
    public static (int Line, int Character) In(string text)
    {
        var offset = text.IndexOf(Description, StringComparison.Ordinal) + Description.Length;
        var line = text.AsSpan(0, offset).Count('\n');
        return (line, offset - (text.LastIndexOf('\n', offset - 1) + 1));
    }
}
