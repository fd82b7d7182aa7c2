using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Hosting;
using KpiLang.LanguageServer.Workspace;

namespace KpiLang.LanguageServer;

/// <summary>The state of one connection: open documents, the compiled workspace, the chosen language and settings.</summary>
internal sealed class ServerSession(ServerLog log, Func<DateOnly> today)
{
    public ServerLog Log { get; } = log;

    public OpenDocuments Documents { get; } = new();

    public RuleLevelSettings Settings { get; } = new();

    public ServerWorkspace Workspace => _workspace ??= new ServerWorkspace(Documents, Settings, today);

    private ServerWorkspace? _workspace;

    public volatile Language Language = Language.Nl;

    public bool ShutdownRequested { get; set; }

    /// <summary>The compiled group and tree of an open (or workspace) document, or null when the server does not know it.</summary>
    public (CheckedSpecification Group, Syntax.SyntaxTree Tree)? Find(string uri, CancellationToken cancellationToken)
    {
        if (DocumentUris.ToPath(uri) is not { } path) return null;
        if (Workspace.Get(path, cancellationToken) is not { } group || group.GetTree(path) is not { } tree) return null;
        return (group, tree);
    }
}
