namespace KpiLang.LanguageServer.Protocol;

public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);

public sealed record CompletionItem(string Label, int Kind, string? Detail = null, string? InsertText = null, int? InsertTextFormat = null,
    MarkupContent? Documentation = null, string? SortText = null, Command? Command = null, string? FilterText = null);

public static class CompletionItemKinds
{
    public const int Text = 1;
    public const int Function = 3;
    public const int Field = 5;
    public const int Variable = 6;
    public const int Class = 7;
    public const int Module = 9;
    public const int Property = 10;
    public const int Unit = 11;
    public const int Value = 12;
    public const int Keyword = 14;
    public const int Snippet = 15;
    public const int Reference = 18;
    public const int EnumMember = 20;
    public const int Constant = 21;
    public const int Event = 23;
    public const int Operator = 24;
}

public static class InsertTextFormats
{
    public const int PlainText = 1;
    public const int Snippet = 2;
}
