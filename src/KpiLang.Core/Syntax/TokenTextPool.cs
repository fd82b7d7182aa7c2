namespace KpiLang.Syntax;

/// <summary>
/// One string per distinct token text within a file. Keywords, punctuation, indentation and names repeat thousands
/// of times in a large specification; reading the text straight from the source span and sharing it avoids a new
/// string per token, which was a large part of the parser's allocations and so of its garbage-collection time.
/// </summary>
internal sealed class TokenTextPool(string source)
{
    private const int LongestPooled = 64; // longer texts (descriptions, comments) rarely repeat

    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    public string Get(int start, int length)
    {
        if (length == 0) return string.Empty;
        var span = source.AsSpan(start, length);
        if (length > LongestPooled) return span.ToString();
        var lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var existing)) return existing;
        var text = span.ToString();
        _texts.Add(text);
        return text;
    }
}
