namespace KpiLang.LanguageServer.Protocol;

public sealed record Diagnostic(
    Range Range,
    int Severity,
    string Code,
    CodeDescription CodeDescription,
    string Source,
    string Message,
    DiagnosticRelatedInformation[]? RelatedInformation);

public sealed record CodeDescription(string Href);

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? PreviousResultId);

/// <summary>The "full" kind of a pull-diagnostics report.</summary>
public sealed record FullDocumentDiagnosticReport(string ResultId, Diagnostic[] Items)
{
    public string Kind => "full";
}

public static class DiagnosticSeverityCodes
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Information = 3;
    public const int Hint = 4;
}
