namespace KpiLang.Csv;

/// <summary>A place in a CSV text: line and column, both 1-based, as an editor shows them.</summary>
public readonly record struct CsvPosition(int Line, int Column);
