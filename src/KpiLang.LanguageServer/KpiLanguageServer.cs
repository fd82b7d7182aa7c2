using System.Text.Json;
using KpiLang.Analysis.Configuration;
using KpiLang.Diagnostics;
using KpiLang.LanguageServer.Features;
using KpiLang.LanguageServer.Hosting;
using KpiLang.LanguageServer.Protocol;
using KpiLang.LanguageServer.Workspace;
using PolyType;
using StreamJsonRpc;
using Location = KpiLang.LanguageServer.Protocol.Location;

namespace KpiLang.LanguageServer;

/// <summary>
/// The JSON-RPC target: one method per LSP message this server understands. Notifications that change documents
/// run in arrival order and only record the change; requests run on the thread pool against an immutable compiled
/// state, honour cancellation, and never take the server down when one of them fails.
/// </summary>
[GenerateShape(IncludeMethods = MethodShapeFlags.PublicInstance)]
internal sealed partial class KpiLanguageServer(ServerSession session, DiagnosticPublisher publisher, Action exit)
{
    private const string Version = "0.1.0";

    /// <summary>
    /// The methods StreamJsonRpc may call, described by code generated at build time (PolyType) instead of found by
    /// reflection when the server starts: what a Native AOT binary needs, and it saves the scan on every start.
    /// </summary>
    internal static RpcTargetMetadata Methods { get; } = RpcTargetMetadata.FromShape<KpiLanguageServer>();

    [JsonRpcMethod("initialize")]
    public InitializeResult Initialize(InitializeParams request)
    {
        var options = request.InitializationOptions is { ValueKind: JsonValueKind.Object } o ? o : (JsonElement?)null;
        var taal = options is { } opts && opts.TryGetProperty("taal", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        session.Language = LanguageParser.Parse(taal ?? request.Locale);
        if (options is { } withRules && withRules.TryGetProperty("regels", out var regels)) session.Settings.Update(regels);
        var root = request.WorkspaceFolders?.Select(f => DocumentUris.ToPath(f.Uri)).FirstOrDefault(p => p is not null)
            ?? DocumentUris.ToPath(request.RootUri) ?? request.RootPath;
        session.Workspace.SetRoot(root);
        if (request.ProcessId is { } pid) ParentProcess = pid;
        return new InitializeResult(new ServerCapabilities(), new ServerInfo("kpic", Version));
    }

    /// <summary>The editor's process id from initialize, watched by the host.</summary>
    internal int? ParentProcess { get; private set; }

    [JsonRpcMethod("initialized")]
    public void Initialized(JsonElement? _)
    {
        session.Log.Info(ServerText.Started.Get(session.Language));
        publisher.Schedule();
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        session.ShutdownRequested = true;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => exit();

    /// <summary>A request the client sent in a shape the server cannot take (see <see cref="MessageFramingGuard"/>).</summary>
    [JsonRpcMethod(MessageFramingGuard.InvalidRequestMethod)]
    public void InvalidRequest(JsonElement request) =>
        throw new LocalRpcException("Invalid Request: " + (request.ValueKind == JsonValueKind.Object && request.TryGetProperty("reason", out var reason) ? reason.GetString() : "?"))
        {
            ErrorCode = (int)StreamJsonRpc.Protocol.JsonRpcErrorCode.InvalidRequest,
        };

    [JsonRpcMethod("textDocument/didOpen")]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        if (DocumentUris.ToPath(request.TextDocument.Uri) is not { } path) return;
        if (request.TextDocument.Text is null) return; // a broken message; nothing to open (found by the chaos test)
        session.Documents.Open(path, request.TextDocument.Uri, request.TextDocument.Version, request.TextDocument.Text);
        Changed(path);
    }

    [JsonRpcMethod("textDocument/didChange")]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        if (DocumentUris.ToPath(request.TextDocument.Uri) is not { } path) return;
        if (session.Documents.Change(path, request.TextDocument.Version, request.ContentChanges)) Changed(path);
    }

    [JsonRpcMethod("textDocument/didClose")]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        if (DocumentUris.ToPath(request.TextDocument.Uri) is not { } path) return;
        if (session.Documents.Close(path)) Changed(path); // back to the text on disk
    }

    [JsonRpcMethod("textDocument/didSave")]
    public void DidSave(DidSaveTextDocumentParams request)
    {
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles")]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request)
    {
        // Created or deleted files change what imports resolve to: everything is compiled again. A config file changes
        // findings, not symbols: every group is judged again. A changed .kpi file that is not open re-checks its own group.
        var everything = false;
        foreach (var change in request.Changes ?? [])
        {
            if (DocumentUris.ToPath(change.Uri) is not { } path) continue;
            if (ConfigLoader.IsConfigFile(path)) session.Workspace.MarkConfigChanged();
            else if (change.Type != 2) everything = true;
            else if (session.Documents.Get(path) is null) session.Workspace.MarkChanged(path);
        }
        if (everything) session.Workspace.MarkAllChanged();
        publisher.Schedule();
    }

    [JsonRpcMethod("workspace/didChangeConfiguration")]
    public void DidChangeConfiguration(DidChangeConfigurationParams request)
    {
        if (request.Settings is not { ValueKind: JsonValueKind.Object } settings) return;
        var kpi = settings.TryGetProperty("kpi", out var k) ? k : settings;
        if (kpi.ValueKind != JsonValueKind.Object) return;
        if (kpi.TryGetProperty("taal", out var taal) && taal.ValueKind == JsonValueKind.String)
        {
            var language = LanguageParser.Parse(taal.GetString());
            // Every finding already shown is in the old language: all of them are published again, not only edited files.
            if (language != session.Language) session.Workspace.MarkAllUnpublished();
            session.Language = language;
        }
        if (kpi.TryGetProperty("regels", out var regels) && session.Settings.Update(regels))
            session.Workspace.MarkAllChanged();
        publisher.Schedule();
    }

    [JsonRpcMethod("textDocument/diagnostic")]
    public Task<FullDocumentDiagnosticReport> PullDiagnostics(DocumentDiagnosticParams request, CancellationToken cancellationToken) =>
        Run(() =>
        {
            if (DocumentUris.ToPath(request.TextDocument.Uri) is { } path && ConfigLoader.IsConfigFile(path))
                return new FullDocumentDiagnosticReport("config", [.. session.Workspace.GetConfigFindings(path).Select(d => DiagnosticConverter.ToProtocol(d, session.Language))]);
            var found = session.Find(request.TextDocument.Uri, cancellationToken);
            if (found is not { } f) return new FullDocumentDiagnosticReport("0", []);
            var items = f.Group.GetDiagnostics(f.Tree.Path).Select(d => DiagnosticConverter.ToProtocol(d, session.Language)).ToArray();
            return new FullDocumentDiagnosticReport(f.Group.GetVersion(f.Tree.Path)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "disk", items);
        }, cancellationToken);

    [JsonRpcMethod("textDocument/hover")]
    public Task<Hover?> Hover(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        Run(() => session.Find(request.TextDocument.Uri, cancellationToken) is { } f
            ? HoverProvider.Hover(f.Group.Compilation, f.Tree, Positions.ToOffset(f.Tree.Text, request.Position), session.Language,
                f.Group.GetDiagnostics)
            : null, cancellationToken);

    [JsonRpcMethod("textDocument/completion")]
    public Task<CompletionList?> Completion(CompletionParams request, CancellationToken cancellationToken) =>
        AtPosition(request.TextDocument, request.Position, (f, offset) =>
            Features.Completion.CompletionProvider.Complete(f.Group.Compilation, f.Tree, offset, session.Language), cancellationToken);

    [JsonRpcMethod("textDocument/codeAction")]
    public Task<CodeAction[]?> CodeActions(CodeActionParams request, CancellationToken cancellationToken) =>
        InDocument(request.TextDocument, f => CodeActionProvider.Actions(f.Group, f.Tree, Positions.ToSpan(f.Tree.Text, request.Range),
            session.Language, f.Group.Compilation.Options.Today), cancellationToken);

    [JsonRpcMethod("textDocument/formatting")]
    public Task<Protocol.TextEdit[]?> FormatDocument(DocumentFormattingParams request, CancellationToken cancellationToken) =>
        InDocument(request.TextDocument, f =>
        {
            var result = KpiLang.Formatting.KpiFormatter.Format(f.Tree);
            if (result.RefusedBecause is { } reason) session.Log.Warning($"{Path.GetFileName(f.Tree.Path)}: {reason.Get(session.Language)}");
            return result.Changed
                ? new[] { new Protocol.TextEdit(Positions.ToRange(f.Tree.Text, new Text.TextSpan(0, f.Tree.Text.Length)), result.Text) }
                : [];
        }, cancellationToken);

    [JsonRpcMethod("textDocument/definition")]
    public Task<Location?> Definition(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        AtPosition(request.TextDocument, request.Position, (f, offset) => NavigationProvider.Definition(f.Group.Compilation, f.Tree, offset), cancellationToken);

    [JsonRpcMethod("textDocument/documentHighlight")]
    public Task<DocumentHighlight[]?> DocumentHighlights(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        AtPosition(request.TextDocument, request.Position, (f, offset) => NavigationProvider.Highlights(f.Group.Compilation, f.Tree, offset), cancellationToken);

    [JsonRpcMethod("textDocument/documentLink")]
    public Task<DocumentLink[]?> DocumentLinks(DocumentLinkParams request, CancellationToken cancellationToken) =>
        InDocument(request.TextDocument, f => NavigationProvider.Links(f.Group.Compilation, f.Tree), cancellationToken);

    [JsonRpcMethod("textDocument/references")]
    public Task<Location[]?> References(ReferenceParams request, CancellationToken cancellationToken) =>
        AtPosition(request.TextDocument, request.Position, (f, offset) =>
            NavigationProvider.References(f.Group.Compilation, f.Tree, offset, request.Context?.IncludeDeclaration ?? true), cancellationToken);

    [JsonRpcMethod("textDocument/prepareRename")]
    public Task<PrepareRenameResult?> PrepareRename(TextDocumentPositionParams request, CancellationToken cancellationToken) =>
        AtPosition(request.TextDocument, request.Position, (f, offset) => RenameProvider.Prepare(f.Group.Compilation, f.Tree, offset), cancellationToken);

    [JsonRpcMethod("textDocument/rename")]
    public Task<WorkspaceEdit?> Rename(RenameParams request, CancellationToken cancellationToken) =>
        AtPosition(request.TextDocument, request.Position, (f, offset) =>
            RenameProvider.Rename(f.Group.Compilation, f.Tree, offset, request.NewName, session.Language), cancellationToken);

    [JsonRpcMethod("textDocument/documentSymbol")]
    public Task<DocumentSymbol[]?> DocumentSymbols(DocumentSymbolParams request, CancellationToken cancellationToken) =>
        InDocument(request.TextDocument, f => OutlineProvider.DocumentSymbols(f.Tree), cancellationToken);

    [JsonRpcMethod("workspace/symbol")]
    public Task<SymbolInformation[]> WorkspaceSymbols(WorkspaceSymbolParams request, CancellationToken cancellationToken) =>
        Run(() => OutlineProvider.WorkspaceSymbols(session.Workspace.All(), request.Query ?? ""), cancellationToken);

    [JsonRpcMethod("textDocument/foldingRange")]
    public Task<FoldingRange[]?> FoldingRanges(FoldingRangeParams request, CancellationToken cancellationToken) =>
        InDocument(request.TextDocument, f => FoldingProvider.FoldingRanges(f.Tree), cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/full")]
    public Task<SemanticTokens?> SemanticTokens(SemanticTokensParams request, CancellationToken cancellationToken) =>
        InDocument(request.TextDocument, f => new SemanticTokens(SemanticTokensProvider.Tokens(f.Group.Compilation, f.Tree)), cancellationToken);

    [JsonRpcMethod("textDocument/codeLens")]
    public Task<CodeLens[]?> CodeLenses(CodeLensParams request, CancellationToken cancellationToken) =>
        InDocument(request.TextDocument, f => CodeLensProvider.Lenses(f.Group, f.Tree, session.Language), cancellationToken);

    private Task<T?> InDocument<T>(TextDocumentIdentifier document, Func<(CheckedSpecification Group, Syntax.SyntaxTree Tree), T?> answer,
        CancellationToken cancellationToken) where T : class =>
        Run(() => session.Find(document.Uri, cancellationToken) is { } found ? answer(found) : null, cancellationToken);

    private Task<T?> AtPosition<T>(TextDocumentIdentifier document, Position position,
        Func<(CheckedSpecification Group, Syntax.SyntaxTree Tree), int, T?> answer, CancellationToken cancellationToken) where T : class =>
        InDocument(document, found => answer(found, Positions.ToOffset(found.Tree.Text, position)), cancellationToken);

    /// <summary>
    /// An open document changed. The editor also sends kpiconfig.json, so its unsaved settings count at once; such a
    /// file is settings for the .kpi files around it, never compiled itself.
    /// </summary>
    private void Changed(string path)
    {
        if (ConfigLoader.IsConfigFile(path)) session.Workspace.MarkConfigChanged();
        else session.Workspace.MarkChanged(path);
        publisher.Schedule();
    }

    /// <summary>Runs a request off the message loop, so a slow one never holds up the edits behind it.</summary>
    private static Task<T> Run<T>(Func<T> work, CancellationToken cancellationToken) => Task.Run(work, cancellationToken);
}
