namespace KpiLang.Text;

/// <summary>A zero-based line and character (UTF-16 code unit) position, as the LSP counts them.</summary>
public readonly record struct LinePosition(int Line, int Character) : IComparable<LinePosition>
{
    public int CompareTo(LinePosition other) =>
        Line != other.Line ? Line.CompareTo(other.Line) : Character.CompareTo(other.Character);

    /// <summary>One-based "line,column" as compilers print it.</summary>
    public override string ToString() => $"{Line + 1},{Character + 1}";
}

public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
