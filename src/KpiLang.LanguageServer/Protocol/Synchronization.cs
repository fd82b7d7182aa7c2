using System.Text.Json;

namespace KpiLang.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary>An incremental change (with a range) or the whole new text (without one).</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, string Text);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeConfigurationParams(JsonElement? Settings);
