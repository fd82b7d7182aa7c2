namespace KpiLang.LanguageServer.Protocol;

public sealed record Hover(MarkupContent Contents, Range? Range);
