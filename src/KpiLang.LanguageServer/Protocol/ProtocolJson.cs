using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpiLang.LanguageServer.Protocol;

/// <summary>
/// Every type that crosses the wire, serialized by code the compiler generates instead of by reflection, so the
/// server also runs as a Native AOT binary (no runtime code generation there: the shipped `kpic` and the VS Code
/// extension's server need no installed .NET). LSP names are camelCase; absent optional fields are left out, not
/// sent as null. A type missing here fails in every test that uses it, in AOT and in the normal build alike,
/// because this context is the only resolver the server's serializer has.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
// Requests and notifications the client sends.
[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonElement?))]
[JsonSerializable(typeof(DidOpenTextDocumentParams))]
[JsonSerializable(typeof(DidChangeTextDocumentParams))]
[JsonSerializable(typeof(DidCloseTextDocumentParams))]
[JsonSerializable(typeof(DidSaveTextDocumentParams))]
[JsonSerializable(typeof(DidChangeWatchedFilesParams))]
[JsonSerializable(typeof(DidChangeConfigurationParams))]
[JsonSerializable(typeof(DocumentDiagnosticParams))]
[JsonSerializable(typeof(TextDocumentPositionParams))]
[JsonSerializable(typeof(CompletionParams))]
[JsonSerializable(typeof(CodeActionParams))]
[JsonSerializable(typeof(DocumentFormattingParams))]
[JsonSerializable(typeof(DocumentLinkParams))]
[JsonSerializable(typeof(ReferenceParams))]
[JsonSerializable(typeof(RenameParams))]
[JsonSerializable(typeof(DocumentSymbolParams))]
[JsonSerializable(typeof(WorkspaceSymbolParams))]
[JsonSerializable(typeof(FoldingRangeParams))]
[JsonSerializable(typeof(SemanticTokensParams))]
[JsonSerializable(typeof(CodeLensParams))]
// Results.
[JsonSerializable(typeof(object))]
[JsonSerializable(typeof(InitializeResult))]
[JsonSerializable(typeof(FullDocumentDiagnosticReport))]
[JsonSerializable(typeof(Hover))]
[JsonSerializable(typeof(CompletionList))]
[JsonSerializable(typeof(CodeAction[]))]
[JsonSerializable(typeof(TextEdit[]))]
[JsonSerializable(typeof(Location))]
[JsonSerializable(typeof(Location[]))]
[JsonSerializable(typeof(DocumentHighlight[]))]
[JsonSerializable(typeof(DocumentLink[]))]
[JsonSerializable(typeof(PrepareRenameResult))]
[JsonSerializable(typeof(WorkspaceEdit))]
[JsonSerializable(typeof(DocumentSymbol[]))]
[JsonSerializable(typeof(SymbolInformation[]))]
[JsonSerializable(typeof(FoldingRange[]))]
[JsonSerializable(typeof(SemanticTokens))]
[JsonSerializable(typeof(CodeLens[]))]
// Notifications the server sends.
[JsonSerializable(typeof(PublishDiagnosticsParams))]
[JsonSerializable(typeof(LogMessageParams))]
[JsonSerializable(typeof(ServerStatusParams))]
// What a Command's untyped arguments hold (CodeLensProvider): the list to show and where.
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(Position))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(bool))]
// StreamJsonRpc's own error details (an unknown method, a cancelled request).
[JsonSerializable(typeof(StreamJsonRpc.Protocol.CommonErrorData))]
internal sealed partial class ProtocolJson : JsonSerializerContext;
