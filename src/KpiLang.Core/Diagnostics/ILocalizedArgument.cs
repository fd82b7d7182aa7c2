namespace KpiLang.Diagnostics;

/// <summary>A message argument that reads differently per language (a text, or a number in the reader's notation).</summary>
public interface ILocalizedArgument
{
    string Get(Language language);
}
