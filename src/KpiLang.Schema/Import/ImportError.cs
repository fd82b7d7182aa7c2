using KpiLang.Diagnostics;

namespace KpiLang.Schema.Import;

/// <summary>A problem with one line of the CSV file (line 1 is the header).</summary>
public sealed record ImportError(int Line, LocalizedText Message)
{
    public string Format(string file, Language language) => $"{file}:{Line}: {Message.Get(language)}";
}

/// <summary>
/// The outcome of an import: either every row was loaded (or, in a correction, applied), or none and the errors say
/// why. <see cref="Loaded"/> counts the rows written: new measurements, or corrections that changed something.
/// </summary>
public sealed record ImportResult(int Loaded, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>Correction rows that said what the measurement already said: nothing to keep, nothing written.</summary>
    public int Unchanged { get; init; }

    /// <summary>Some number was refused as written in the other notation ("7.5" read as Dutch): a hint to say so.</summary>
    public bool SuspectsOtherNotation { get; init; }
}
