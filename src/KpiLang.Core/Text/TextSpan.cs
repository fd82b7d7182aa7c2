namespace KpiLang.Text;

/// <summary>A range of characters in a source text: [Start, End).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>True when the position lies inside the span or touches its end (where a caret after a word sits).</summary>
    public bool ContainsOrTouches(int position) => position >= Start && position <= End;

    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{Start}..{End})";
}
