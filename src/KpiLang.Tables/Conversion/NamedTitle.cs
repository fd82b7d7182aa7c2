namespace KpiLang.Tables.Conversion;

/// <summary>A declaration the conversion adds besides the indicators: an actor or a goal, its derived name and its title verbatim.</summary>
public sealed record NamedTitle(string Name, string Title);
