namespace KpiLang.LanguageServer.Protocol;

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

public sealed record PrepareRenameResult(Range Range, string Placeholder);

public sealed record DocumentLinkParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentLink(Range Range, string Target, string? Tooltip = null);

/// <summary>An occurrence of a name in the document: 2 where it is read (a reference), 3 where it is written (its declaration).</summary>
public sealed record DocumentHighlight(Range Range, int Kind);

public sealed record DocumentSymbolParams(TextDocumentIdentifier TextDocument);

public sealed record DocumentSymbol(string Name, string? Detail, int Kind, Range Range, Range SelectionRange, DocumentSymbol[] Children);

public sealed record WorkspaceSymbolParams(string Query);

public sealed record SymbolInformation(string Name, int Kind, Location Location, string? ContainerName);

/// <summary>The LSP SymbolKind numbers used for the language's declarations.</summary>
public static class SymbolKinds
{
    public const int Module = 2;
    public const int Namespace = 3;
    public const int Package = 4;
    public const int Class = 5;
    public const int Event = 24;
    public const int Field = 8;
    public const int Function = 12;
    public const int Variable = 13;
    public const int Object = 19;
    public const int Struct = 23;
}
