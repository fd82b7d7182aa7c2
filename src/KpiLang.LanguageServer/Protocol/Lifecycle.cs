using System.Text.Json;

namespace KpiLang.LanguageServer.Protocol;

public sealed record InitializeParams(
    int? ProcessId,
    string? Locale,
    string? RootUri,
    string? RootPath,
    WorkspaceFolder[]? WorkspaceFolders,
    JsonElement? InitializationOptions);

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string Version);

public sealed record ServerCapabilities
{
    public TextDocumentSyncOptions TextDocumentSync { get; init; } = new(true, TextDocumentSyncKind.Incremental);
    public bool HoverProvider { get; init; } = true;
    public CompletionOptions CompletionProvider { get; init; } = new([":", ",", " "]);
    public bool DefinitionProvider { get; init; } = true;
    public bool DocumentHighlightProvider { get; init; } = true;
    public DocumentLinkOptions DocumentLinkProvider { get; init; } = new(false);
    public bool ReferencesProvider { get; init; } = true;
    public RenameOptions RenameProvider { get; init; } = new(true);
    public bool DocumentSymbolProvider { get; init; } = true;
    public bool WorkspaceSymbolProvider { get; init; } = true;
    public bool DocumentFormattingProvider { get; init; } = true;
    public CodeActionOptions CodeActionProvider { get; init; } = new(["quickfix"]);
    public SemanticTokensOptions SemanticTokensProvider { get; init; } = new(SemanticTokenLegend.Legend, true);
    public bool FoldingRangeProvider { get; init; } = true;
    public CodeLensOptions CodeLensProvider { get; init; } = new(false);
    public DiagnosticOptions DiagnosticProvider { get; init; } = new("kpic", true, false);
}

public static class TextDocumentSyncKind
{
    public const int Full = 1;
    public const int Incremental = 2;
}

public sealed record TextDocumentSyncOptions(bool OpenClose, int Change);

public sealed record CompletionOptions(string[] TriggerCharacters);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record CodeActionOptions(string[] CodeActionKinds);

public sealed record CodeLensOptions(bool ResolveProvider);

public sealed record DocumentLinkOptions(bool ResolveProvider);

public sealed record DiagnosticOptions(string Identifier, bool InterFileDependencies, bool WorkspaceDiagnostics);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full);

public sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);

public sealed record LogMessageParams(int Type, string Message);
