namespace KpiLang.Diagnostics;

/// <summary>The language of user-facing text. Dutch is the default; every message also exists in English.</summary>
public enum Language
{
    Nl,
    En,
}

public static class LanguageParser
{
    /// <summary>Reads "nl", "en", "en-US", "nl-BE" and the like; anything else is Dutch.</summary>
    public static Language Parse(string? code) =>
        code is not null && code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Nl;
}
