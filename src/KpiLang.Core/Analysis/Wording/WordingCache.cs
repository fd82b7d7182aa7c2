using System.Collections.Concurrent;

namespace KpiLang.Analysis.Wording;

/// <summary>
/// Remembers how a text reads. Reading is a pure function of the text, several rules read the same title and
/// definition, and in the language server every edit judges all indicators again while only one of them changed: so
/// the reading of an unchanged text is looked up, not repeated. Bounded: when full it starts again, which only costs
/// time, never a wrong answer.
/// </summary>
internal static class WordingCache
{
    private const int Capacity = 50_000;
    private static ConcurrentDictionary<string, IndicatorWording> _read = new(StringComparer.Ordinal);

    public static IndicatorWording GetOrRead(string text, Func<string, IndicatorWording> read)
    {
        var cache = _read;
        if (cache.TryGetValue(text, out var known)) return known;
        if (cache.Count >= Capacity) _read = cache = new(StringComparer.Ordinal);
        return cache.GetOrAdd(text, read);
    }
}
