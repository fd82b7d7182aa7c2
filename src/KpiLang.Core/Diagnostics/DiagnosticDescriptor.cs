namespace KpiLang.Diagnostics;

/// <summary>
/// What kind of finding a diagnostic is: its stable code, default severity, message templates in Dutch and English
/// ({0}, {1}… filled by the diagnostic's arguments) and the documentation page that explains it.
/// </summary>
public sealed record DiagnosticDescriptor(
    string Code,
    string Title,
    DiagnosticCategory Category,
    DiagnosticSeverity DefaultSeverity,
    LocalizedText MessageFormat,
    LocalizedText Description)
{
    /// <summary>The letter of SMART this finding judges, if any: tools, the hover checklist and users filter on it.</summary>
    public SmartLetter? Smart { get; init; }

    /// <summary>The page under docs/ that explains this code, relative to the repository root.</summary>
    public string HelpPath => Category == DiagnosticCategory.Compiler
        ? $"docs/diagnostieken/{Code}.md"
        : $"docs/regels/{Code}.md";

    /// <summary>The same page on the project's published documentation.</summary>
    public string HelpUri => DocumentationSite.BaseUri + HelpPath;
}

/// <summary>The five letters of SMART (Divosa, "Meetbare waarden"): Specifiek, Meetbaar, Acceptabel, Realistisch, Tijdgebonden.</summary>
public enum SmartLetter
{
    S,
    M,
    A,
    R,
    T,
}

public enum DiagnosticCategory
{
    /// <summary>The language itself: syntax, names, types. Cannot be switched off.</summary>
    Compiler,
    Smart,
    Aantal,
    Eigenaarschap,
    Methode,

    /// <summary>Findings about the check itself: kpiconfig.json, kpi-negeer comments, a rule that could not run.</summary>
    Configuratie,
}

public static class DocumentationSite
{
    /// <summary>Where docs/ is published; help links are this plus the page's path.</summary>
    public const string BaseUri = "https://kpilang.github.io/kpilang/";
}
