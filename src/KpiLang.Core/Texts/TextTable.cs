using System.Collections;
using System.Globalization;
using System.Resources;
using KpiLang.Diagnostics;

namespace KpiLang.Texts;

/// <summary>
/// One table of user-facing texts: <c>X.resx</c> beside the class <c>X</c> that reads it, Dutch (the neutral
/// language of every assembly, see Directory.Build.props), with its English in <c>X.en.resx</c> (the satellite
/// assembly <c>en/…resources.dll</c>; Native AOT compiles it into the binary). Each text is a whole sentence with
/// placeholders (<see cref="TextTemplate"/>); the class beside the table gives each key a typed accessor, so no key is
/// spelled anywhere else. The language is always the caller's: both are read per text, never the thread's culture,
/// so a server answers each client in its own language.
/// </summary>
public sealed class TextTable
{
    // Globalization is invariant (Directory.Build.props), so this culture has no data of its own: it only names the
    // satellite to read. Creating it needs PredefinedCulturesOnly=false, set there as well.
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly ResourceManager _resources;

    /// <param name="accessor">The class beside the .resx; its full name is the table's resource name.</param>
    public TextTable(Type accessor)
    {
        _resources = new ResourceManager(accessor);
        Name = accessor.FullName ?? accessor.Name;
    }

    public string Name { get; }

    /// <summary>A text without placeholders, in both languages.</summary>
    public LocalizedText Text(string key) => Format(key);

    /// <summary>
    /// The text as written in the table, placeholders unfilled: a diagnostic's message format, which each finding
    /// fills with its own arguments when it is shown (<see cref="TextTemplate.Render(string, Language, IReadOnlyList{object?})"/>).
    /// </summary>
    public LocalizedText Template(string key) => new(Read(key, Language.Nl), Read(key, Language.En));

    /// <summary>The text with its named placeholders filled, in both languages.</summary>
    public LocalizedText Format(string key, params TextArgument[] arguments) => new(
        TextTemplate.Render(Read(key, Language.Nl), Language.Nl, arguments),
        TextTemplate.Render(Read(key, Language.En), Language.En, arguments));

    /// <summary>Whether the table has a text for the key (in Dutch, which every key has).</summary>
    public bool Contains(string key) => ReadExact(key, Language.Nl) is not null;

    /// <summary>Every key of the table in one language (Dutch: the neutral resources); for the tests that render them all.</summary>
    public IReadOnlyList<string> Keys(Language language = Language.Nl)
    {
        var set = _resources.GetResourceSet(Culture(language), createIfNotExists: true, tryParents: false)
            ?? throw new MissingManifestResourceException($"The text table {Name} has no resources in {language}.");
        return [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The text in exactly one language, without falling back to Dutch when the English is missing (which the
    /// resource manager would do silently); null when the table lacks it. For the tests.
    /// </summary>
    public string? ReadExact(string key, Language language) =>
        _resources.GetResourceSet(Culture(language), createIfNotExists: true, tryParents: false)?.GetString(key);

    private string Read(string key, Language language) =>
        _resources.GetString(key, Culture(language))
        ?? throw new MissingManifestResourceException($"The text table {Name} has no text '{key}'.");

    private static CultureInfo Culture(Language language) => language == Language.En ? English : CultureInfo.InvariantCulture;
}
