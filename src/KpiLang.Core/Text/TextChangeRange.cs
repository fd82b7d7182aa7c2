namespace KpiLang.Text;

/// <summary>
/// Where two versions of a text differ: one span of the old text replaced by <see cref="NewLength"/> characters.
/// Found from the texts themselves (the longest common start and end), so it holds however many edits the editor
/// sent in between.
/// </summary>
public readonly record struct TextChangeRange(TextSpan Span, int NewLength)
{
    /// <summary>How far everything after the change moved.</summary>
    public int Delta => NewLength - Span.Length;

    public static TextChangeRange Between(string oldText, string newText)
    {
        var shorter = Math.Min(oldText.Length, newText.Length);
        var prefix = oldText.AsSpan(0, shorter).CommonPrefixLength(newText.AsSpan(0, shorter));
        var room = shorter - prefix;
        // The common end a block at a time (a vectorised compare), then character by character in the block that differs:
        // this runs on every keystroke, and a change near the top of a file leaves almost all of it behind.
        const int Block = 256;
        var suffix = 0;
        while (room - suffix >= Block
               && oldText.AsSpan(oldText.Length - suffix - Block, Block).SequenceEqual(newText.AsSpan(newText.Length - suffix - Block, Block)))
            suffix += Block;
        while (suffix < room && oldText[^(suffix + 1)] == newText[^(suffix + 1)]) suffix++;
        return new TextChangeRange(TextSpan.FromBounds(prefix, oldText.Length - suffix), newText.Length - suffix - prefix);
    }
}
