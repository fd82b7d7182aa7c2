namespace KpiLang.Text;

/// <summary>
/// How a number is written. Dutch (the default everywhere): ',' is the decimal sign and '.' groups thousands in
/// threes ("2.900", "64,3", "4.000.000", "1.234,5"). English (for CSVs written by English tools only): '.' is the
/// decimal sign and ',' groups thousands ("2,900", "64.3").
/// </summary>
public enum NumberNotation
{
    Dutch,
    English,
}
