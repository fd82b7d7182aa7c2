using KpiLang.Text;

namespace KpiLang.LanguageServer.Workspace;

/// <summary>A document the editor has open: the URI it uses for it, its version and current text.</summary>
internal sealed record OpenDocument(string Uri, int Version, SourceText Text);
