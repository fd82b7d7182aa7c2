namespace KpiLang.Analysis.Wording;

/// <summary>
/// One word, number or sign of an indicator text: <see cref="Lower"/> for matching, <see cref="Written"/> to quote it
/// back as the user wrote it.
/// </summary>
internal sealed record WordToken(string Written, string Lower, WordTokenKind Kind, int Index)
{
    public bool IsWord => Kind == WordTokenKind.Word;
    public bool IsNumber => Kind == WordTokenKind.Number;
}

internal enum WordTokenKind
{
    Word,
    Number,
    /// <summary>%, €, &lt;, &gt;, ≤, ≥, /.</summary>
    Sign,
    /// <summary>, ; : . ? ! and a line break: where a clause or sentence ends.</summary>
    Boundary,
}
