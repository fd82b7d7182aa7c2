namespace KpiLang.Diagnostics;

/// <summary>
/// A piece of user-facing text in both languages. Sentences come from the text tables (<see cref="Texts.TextTable"/>);
/// code builds one only from what reads the same in both languages (a name, a keyword, a list of those).
/// </summary>
public sealed record LocalizedText(string Nl, string En) : ILocalizedArgument
{
    public string Get(Language language) => language == Language.En ? En : Nl;

    public override string ToString() => Nl;

    /// <summary>Text that is the same in both languages: a name, a keyword or a code token ("'>='").</summary>
    public static LocalizedText Invariant(string text) => new(text, text);

    /// <summary>Items joined per language ("een naam, een getal"), for the list placeholder of a sentence.</summary>
    public static LocalizedText Join(string separator, IEnumerable<LocalizedText> items)
    {
        var list = items as IReadOnlyCollection<LocalizedText> ?? [.. items];
        return new(string.Join(separator, list.Select(i => i.Nl)), string.Join(separator, list.Select(i => i.En)));
    }
}
