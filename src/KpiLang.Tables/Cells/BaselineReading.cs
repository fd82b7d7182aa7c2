namespace KpiLang.Tables.Cells;

/// <summary>A nulmeting in the language's words (<c>62 % in 2023</c>, <c>in 2016</c>) and the value it names, if any.</summary>
internal sealed record BaselineReading(string Kpi, WrittenQuantity? Value);
