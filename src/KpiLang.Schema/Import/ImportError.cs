using KpiLang.Diagnostics;

namespace KpiLang.Schema.Import;

/// <summary>A problem with one line of the CSV file (line 1 is the header).</summary>
public sealed record ImportError(int Line, LocalizedText Message)
{
    public string Format(string file, Language language) => $"{file}:{Line}: {Message.Get(language)}";
}

/// <summary>The outcome of an import: either every row was loaded, or none and the errors say why.</summary>
public sealed record ImportResult(int Loaded, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
