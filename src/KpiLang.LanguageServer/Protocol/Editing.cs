namespace KpiLang.LanguageServer.Protocol;

public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument, FormattingOptions? Options);

public sealed record FormattingOptions(int TabSize, bool InsertSpaces);

public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, Range Range, CodeActionContext Context);

public sealed record CodeActionContext(Diagnostic[]? Diagnostics, string[]? Only);

public sealed record CodeAction(string Title, string Kind, WorkspaceEdit Edit, Diagnostic[]? Diagnostics = null, bool? IsPreferred = null);

public sealed record CodeLensParams(TextDocumentIdentifier TextDocument);

public sealed record CodeLens(Range Range, Command? Command);

public sealed record FoldingRangeParams(TextDocumentIdentifier TextDocument);

public sealed record FoldingRange(int StartLine, int EndLine, string? Kind = null);

public sealed record SemanticTokensParams(TextDocumentIdentifier TextDocument);

public sealed record SemanticTokens(int[] Data);
