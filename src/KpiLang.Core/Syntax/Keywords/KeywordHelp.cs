using KpiLang.Diagnostics;
using KpiLang.Texts;

namespace KpiLang.Syntax;

/// <summary>
/// What each keyword means, for hover and completion: KeywordHelp.resx (Dutch) and KeywordHelp.en.resx (English),
/// one row per keyword as "Property.eigenaar", "Declaration.doel" or "Word.nulmeting" (a word and a property may be
/// spelled alike, as 'nulmeting' is).
/// </summary>
internal static class KeywordHelp
{
    private static readonly TextTable Texts = new(typeof(KeywordHelp));

    /// <summary>The help of a keyword that must have one (an import, a declaration, a property).</summary>
    public static LocalizedText Of(KeywordRole role, string keyword) => Texts.Text(Key(role, keyword));

    /// <summary>The help of a word inside a value, when it has one.</summary>
    public static LocalizedText? Find(KeywordRole role, string keyword) =>
        Texts.Contains(Key(role, keyword)) ? Texts.Text(Key(role, keyword)) : null;

    private static string Key(KeywordRole role, string keyword) => $"{role}.{keyword}";
}
