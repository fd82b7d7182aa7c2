using System.Collections.Concurrent;
using System.Collections.Immutable;
using KpiLang.Analysis.Configuration;
using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.Sources;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Workspace;

/// <summary>
/// Every .kpi file the server knows, compiled in groups joined by imports. Edits only mark files dirty; the next
/// question (a request, or the debounced diagnostics) recompiles just the dirty files' groups, so an edit
/// re-checks the file, the files it imports and the files that import it, never the whole workspace. Each folder's
/// kpiconfig.json is looked up once and kept until one changes (saved, or edited in the editor); then every group is
/// judged again without being compiled again.
/// </summary>
internal sealed class ServerWorkspace
{
    private readonly object _gate = new();
    private readonly OpenDocuments _documents;
    private readonly OverlayFileProvider _files;
    private readonly RuleLevelSettings _settings;
    private readonly Func<DateOnly> _today;
    private readonly ConcurrentDictionary<string, byte> _dirty = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CheckedSpecification> _byPath = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unpublished = new(StringComparer.Ordinal);
    private volatile bool _reloadAll;
    private volatile bool _configChanged;
    private ConfigCache _configs;

    public ServerWorkspace(OpenDocuments documents, RuleLevelSettings settings, Func<DateOnly> today)
    {
        _documents = documents;
        _files = new OverlayFileProvider(documents);
        _settings = settings;
        _today = today;
        _configs = new ConfigCache(_files, null);
    }

    /// <summary>The workspace folder whose .kpi files are loaded, or null when the client opened loose files.</summary>
    public string? Root { get; private set; }

    public void SetRoot(string? root)
    {
        Root = root is null ? null : Path.GetFullPath(root);
        _configChanged = true;
        _reloadAll = true;
    }

    public void MarkChanged(string path) => _dirty[path] = 0;

    /// <summary>After a configuration change, or files created or deleted on disk: everything is compiled again.</summary>
    public void MarkAllChanged() => _reloadAll = true;

    /// <summary>A kpiconfig.json was saved, created, deleted or edited: every group is judged again with what it says now.</summary>
    public void MarkConfigChanged() => _configChanged = true;

    public bool HasPendingWork => _reloadAll || _configChanged || !_dirty.IsEmpty;

    /// <summary>The findings about a kpiconfig.json (KPI190–KPI193) as the checked files read it; none for one no file uses.</summary>
    public ImmutableArray<Diagnostic> GetConfigFindings(string path)
    {
        lock (_gate)
        {
            Refresh();
            return _configs.Loaded.FirstOrDefault(c => string.Equals(c.Path, path, StringComparison.Ordinal))?.Diagnostics ?? [];
        }
    }

    /// <summary>Every known file's findings are published again (after a change of language), without compiling.</summary>
    public void MarkAllUnpublished()
    {
        lock (_gate) _unpublished.UnionWith(_byPath.Keys);
    }

    /// <summary>The up-to-date group of files a path belongs to, or null for a file the server does not know.</summary>
    public CheckedSpecification? Get(string path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (ConfigLoader.IsConfigFile(path)) return null; // settings, not a specification: see GetConfigFindings
        lock (_gate)
        {
            Refresh();
            if (_byPath.TryGetValue(path, out var found)) return found;
            if (_documents.Get(path) is null) return null;
            Recompile([path], new HashSet<string>(StringComparer.Ordinal) { path });
            return _byPath.GetValueOrDefault(path);
        }
    }

    /// <summary>Every distinct compiled group, brought up to date.</summary>
    public IReadOnlyList<CheckedSpecification> All()
    {
        lock (_gate)
        {
            Refresh();
            return [.. _byPath.Values.Distinct()];
        }
    }

    /// <summary>Brings everything up to date and returns the files whose findings may have changed since last asked.</summary>
    public IReadOnlyList<string> TakeChangedPaths()
    {
        lock (_gate)
        {
            Refresh();
            var paths = _unpublished.ToList();
            _unpublished.Clear();
            return paths;
        }
    }

    private CompilationOptions Options => new(Root, _today()) { Files = _files };

    private void Refresh()
    {
        if (_configChanged) Rejudge();
        if (_reloadAll)
        {
            _reloadAll = false;
            _dirty.Clear();
            LoadAll();
            return;
        }
        if (_dirty.IsEmpty) return;
        var dirty = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in _dirty.Keys)
            if (_dirty.TryRemove(path, out _)) dirty.Add(path);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in dirty)
        {
            if (done.Contains(path)) continue;
            var members = new List<string>();
            if (_byPath.TryGetValue(path, out var old) && old.GetTree(path) is { } oldTree)
            {
                var id = old.Compilation.GetSpecificationId(oldTree);
                members.AddRange(old.Compilation.SyntaxTrees.Where(t => t.Path.Length > 0 && old.Compilation.GetSpecificationId(t) == id).Select(t => t.Path));
            }
            if (!members.Contains(path)) members.Add(path);
            done.UnionWith(Recompile(members, dirty));
        }
    }

    /// <summary>Compiles a group of files, re-reading the dirty ones and reusing the trees of the others.</summary>
    private IEnumerable<string> Recompile(IReadOnlyList<string> members, IReadOnlySet<string> dirty)
    {
        var trees = new List<SyntaxTree>();
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var old = _byPath.GetValueOrDefault(member);
            if (!dirty.Contains(member) && old?.GetTree(member) is { } reused)
            {
                trees.Add(reused);
                if (old.GetVersion(member) is { } v) versions[member] = v;
                continue;
            }
            if (Read(member, old?.GetTree(member), versions) is { } tree) trees.Add(tree);
            else
            {
                _byPath.Remove(member); // deleted: its findings are withdrawn
                _unpublished.Add(member);
            }
        }
        if (trees.Count == 0) return members;
        var compilation = Compilation.Create(trees, Options);
        RecordImportedVersions(compilation, versions);
        var checkedGroup = new CheckedSpecification(compilation, versions, Check(compilation));
        foreach (var path in checkedGroup.Paths)
        {
            _byPath[path] = checkedGroup;
            _unpublished.Add(path);
        }
        return checkedGroup.Paths.Concat(members);
    }

    /// <summary>
    /// A file the compiler read through an import (say actoren.kpi, when resv.kpi's import came back) is read from the
    /// editor's text when it is open; it gets that text's version, or its findings would count as stale and never be
    /// published (found in code-server: errors stayed on actoren.kpi after an import was toggled). Should the text have
    /// changed in the meantime, the file is marked dirty and compiled again.
    /// </summary>
    private void RecordImportedVersions(Compilation compilation, Dictionary<string, int> versions)
    {
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.Path.Length == 0 || versions.ContainsKey(tree.Path) || _documents.Get(tree.Path) is not { } open) continue;
            if (string.Equals(open.Text.Text, tree.Text.Text, StringComparison.Ordinal)) versions[tree.Path] = open.Version;
            else MarkChanged(tree.Path);
        }
    }

    /// <summary>
    /// Forgets every kpiconfig.json read so far and judges each compiled group again against the current ones; the
    /// compilations are kept, since a setting changes findings, never the syntax or the symbols.
    /// </summary>
    private void Rejudge()
    {
        _configChanged = false;
        foreach (var config in _configs.Loaded)
            if (config.Path is { } old) _unpublished.Add(old); // its findings are withdrawn when no file uses it any more
        _configs = new ConfigCache(_files, Root);
        foreach (var group in _byPath.Values.Distinct().ToList())
        {
            var rejudged = group.WithCheck(Check);
            foreach (var path in rejudged.Paths)
            {
                _byPath[path] = rejudged;
                _unpublished.Add(path);
            }
        }
        PublishConfigPaths();
    }

    /// <summary>The kpiconfig.json files in use are published with the .kpi files.</summary>
    private void PublishConfigPaths()
    {
        foreach (var config in _configs.Loaded)
            if (config.Path is { } path) _unpublished.Add(path);
    }

    /// <summary>
    /// The file's tree: an open document's from the editor's text, re-reading only the declaration a keystroke
    /// changed when the previous tree is known; any other file from disk.
    /// </summary>
    private SyntaxTree? Read(string path, SyntaxTree? previous, Dictionary<string, int> versions)
    {
        if (_documents.Get(path) is { } open)
        {
            versions[path] = open.Version;
            return previous?.WithChangedText(open.Text) ?? SyntaxTree.Parse(open.Text);
        }
        return File.Exists(path) ? SourceLoader.Load(path, _files, out _) : null;
    }

    private void LoadAll()
    {
        foreach (var path in _byPath.Keys) _unpublished.Add(path);
        _byPath.Clear();
        var paths = Root is not null && Directory.Exists(Root) ? SourceLoader.FindFiles([Root]).ToList() : [];
        foreach (var open in _documents.All)
            if (!paths.Contains(open.Text.Path) && !ConfigLoader.IsConfigFile(open.Text.Path)) paths.Add(open.Text.Path);
        if (paths.Count == 0) return;
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        var trees = new SyntaxTree?[paths.Count];
        var openVersions = paths.Select(p => _documents.Get(p)).ToArray();
        Parallel.For(0, paths.Count, i =>
            trees[i] = openVersions[i] is { } open ? SyntaxTree.Parse(open.Text) : SourceLoader.Load(paths[i], _files, out _));
        for (var i = 0; i < paths.Count; i++)
            if (openVersions[i] is { } open) versions[paths[i]] = open.Version;
        var compilation = Compilation.Create(trees.OfType<SyntaxTree>(), Options);
        var checkedAll = new CheckedSpecification(compilation, versions, Check(compilation));
        foreach (var path in checkedAll.Paths)
        {
            _byPath[path] = checkedAll;
            _unpublished.Add(path);
        }
    }

    /// <summary>
    /// Resolves the settings now, under the lock, so the lazy check later reads no files; the kpiconfig.json files it
    /// uses are published alongside.
    /// </summary>
    private Func<Compilation, ImmutableArray<Diagnostic>> Check(Compilation compilation)
    {
        var config = _configs.ForFiles(compilation.SyntaxTrees.Select(t => t.Path).Where(p => p.Length > 0));
        PublishConfigPaths();
        return c => _settings.Check(c, config);
    }
}
