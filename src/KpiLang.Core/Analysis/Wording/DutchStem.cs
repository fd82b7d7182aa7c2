using Lucene.Net.Tartarus.Snowball.Ext;

namespace KpiLang.Analysis.Wording;

/// <summary>
/// The Snowball stem of a Dutch word (Lucene.Net), so plurals and inflections meet their base form: voorzieningen ~
/// voorziening, zelfredzaamheid ~ zelfredzame. Snowball's stemmer keeps state, so each thread has its own.
/// </summary>
internal static class DutchStem
{
    [ThreadStatic] private static DutchStemmer? _stemmer;

    public static string Of(string lowerCaseWord)
    {
        var stemmer = _stemmer ??= new DutchStemmer();
        stemmer.SetCurrent(lowerCaseWord);
        stemmer.Stem();
        return stemmer.Current;
    }
}
