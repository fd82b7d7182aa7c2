namespace KpiLang.LanguageServer.Protocol;

/// <summary>The server's own notification kpi/status: true while it checks, false when its findings are out (for the editor's status item).</summary>
public sealed record ServerStatusParams(bool Bezig);
