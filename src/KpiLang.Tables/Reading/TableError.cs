using KpiLang.Diagnostics;

namespace KpiLang.Tables.Reading;

/// <summary>Why a table cannot be read, with the line and (when known) the column, both 1-based as an editor shows them.</summary>
public sealed record TableError(int Line, int? Column, LocalizedText Message)
{
    /// <summary>"tabel.csv:3:15: …", the way compilers and editors point at a place.</summary>
    public string Format(string file, Language language) =>
        Column is { } column ? $"{file}:{Line}:{column}: {Message.Get(language)}" : $"{file}:{Line}: {Message.Get(language)}";
}
