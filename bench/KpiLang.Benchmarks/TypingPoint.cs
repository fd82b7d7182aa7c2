namespace KpiLang.Benchmarks;

/// <summary>
/// Where the edit benchmarks type: inside the first description string, so the text stays valid and every version
/// really gets checked. Shared by the budget (over stdio) and the in-process benchmark, so both type in one place.
/// </summary>
internal static class TypingPoint
{
    private const string Description = "omschrijving: \"";

    /// <summary>The zero-based line and character just after the opening quote of the first description.</summary>
    public static (int Line, int Character) In(string text) => After(text, Description);

    /// <summary>The same place in the YAML file of the comparison: inside the first description.</summary>
    public static (int Line, int Character) InYaml(string text) => After(text, "omschrijving: \"");

    private static (int Line, int Character) After(string text, string marker)
    {
        var offset = text.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var line = text.AsSpan(0, offset).Count('\n');
        return (line, offset - (text.LastIndexOf('\n', offset - 1) + 1));
    }
}
