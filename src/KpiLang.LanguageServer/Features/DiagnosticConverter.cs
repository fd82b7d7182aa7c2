using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Workspace;

namespace KpiLang.LanguageServer.Features;

/// <summary>Turns a finding into the protocol's diagnostic: code, link to its documentation page, related places.</summary>
internal static class DiagnosticConverter
{
    public const string Source = "kpic";

    public static Protocol.Diagnostic ToProtocol(Diagnostic diagnostic, Language language) => new(
        Positions.ToRange(diagnostic.Location),
        diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => Protocol.DiagnosticSeverityCodes.Error,
            DiagnosticSeverity.Warning => Protocol.DiagnosticSeverityCodes.Warning,
            _ => Protocol.DiagnosticSeverityCodes.Information,
        },
        diagnostic.Code,
        new Protocol.CodeDescription(diagnostic.Descriptor.HelpUri),
        Source,
        diagnostic.GetMessage(language),
        diagnostic.RelatedLocations.IsDefaultOrEmpty
            ? null
            : [.. diagnostic.RelatedLocations.Select(l => new Protocol.DiagnosticRelatedInformation(
                new Protocol.Location(DocumentUris.FromPath(l.Path), Positions.ToRange(l)), ServerText.RelatedLocation.Get(language)))]);
}
