using System.Collections.Frozen;
using System.Collections.Immutable;
using KpiLang.Diagnostics;
using KpiLang.Sources;
using KpiLang.Syntax;

namespace KpiLang.Compiler;

/// <summary>
/// The imports between the files of a compilation: which tree each import directive resolves to, which trees each
/// file can see (itself and what it imports, transitively), and the problems found on the way — missing files,
/// files outside the workspace, cycles. Imported files not among the given trees are read through the file provider.
/// </summary>
internal sealed class ImportGraph
{
    private readonly Dictionary<string, SyntaxTree> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<SyntaxTree, List<(ImportDirectiveSyntax Directive, SyntaxTree Target)>> _edges = new(ReferenceEqualityComparer.Instance);
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<SyntaxTree> _trees = [];
    private readonly CompilationOptions _options;
    private readonly string? _realRoot;

    private ImportGraph(CompilationOptions options)
    {
        _options = options;
        _realRoot = options.WorkspaceRoot is null ? null : options.Files.RealPath(options.WorkspaceRoot);
    }

    public ImmutableArray<SyntaxTree> Trees => [.. _trees];

    public ImmutableArray<Diagnostic> Diagnostics => [.. _diagnostics];

    public FrozenDictionary<SyntaxTree, IReadOnlySet<SyntaxTree>> Visible { get; private set; } = null!;

    /// <summary>
    /// Files joined by imports, in either direction, form one specification with one name space; each gets the
    /// number of its specification. Independent specifications in one folder never clash on names.
    /// </summary>
    public FrozenDictionary<SyntaxTree, int> Specification { get; private set; } = null!;

    public IReadOnlyList<(ImportDirectiveSyntax Directive, SyntaxTree Target)> ImportsOf(SyntaxTree tree) =>
        _edges.TryGetValue(tree, out var list) ? list : [];

    public static ImportGraph Build(IEnumerable<SyntaxTree> trees, CompilationOptions options)
    {
        var graph = new ImportGraph(options);
        var queue = new Queue<SyntaxTree>();
        foreach (var tree in trees)
        {
            if (tree.Path.Length > 0)
            {
                var key = Path.GetFullPath(tree.Path);
                if (!graph._byPath.TryAdd(key, tree)) continue;
            }
            graph._trees.Add(tree);
            queue.Enqueue(tree);
        }
        while (queue.Count > 0) graph.ResolveImports(queue.Dequeue(), queue);
        graph.ReportCycles();
        graph.Visible = graph._trees.ToFrozenDictionary(t => t, graph.Closure);
        graph.Specification = graph.Components();
        return graph;
    }

    private void ResolveImports(SyntaxTree tree, Queue<SyntaxTree> queue)
    {
        var edges = new List<(ImportDirectiveSyntax, SyntaxTree)>();
        _edges[tree] = edges;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var folder = tree.Path.Length > 0 ? Path.GetDirectoryName(Path.GetFullPath(tree.Path))! : _options.WorkspaceRoot ?? Directory.GetCurrentDirectory();
        foreach (var directive in tree.Root.Imports)
        {
            if (directive.Path.IsMissing) continue;
            var written = directive.Path.ValueText;
            if (written.Length == 0) continue;
            var at = new Location(tree.Text, directive.Path.Span);
            // A character no path can hold (a NUL, found by fuzzing) is a file that cannot exist, not a crash.
            if (written.AsSpan().IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            {
                _diagnostics.Add(Diagnostic.Create(CompilerDiagnostics.ImportNotFound, at, written, written));
                continue;
            }
            var full = Path.GetFullPath(Path.Combine(folder, written));
            if (!full.EndsWith(".kpi", StringComparison.OrdinalIgnoreCase))
            {
                _diagnostics.Add(Diagnostic.Create(CompilerDiagnostics.ImportNotKpi, at, written));
                continue;
            }
            if (!seen.Add(full))
            {
                _diagnostics.Add(Diagnostic.Create(CompilerDiagnostics.DuplicateImport, at, written));
                continue;
            }
            if (_realRoot is not null && (!FilePaths.IsUnder(full, _options.WorkspaceRoot!) || !FilePaths.IsUnder(_options.Files.RealPath(full), _realRoot)))
            {
                _diagnostics.Add(Diagnostic.Create(CompilerDiagnostics.ImportOutsideWorkspace, at, written, _options.WorkspaceRoot!,
                    OutsideWorkspaceAdvice.For(_options.WorkspaceRoot!, full)));
                continue;
            }
            if (!_byPath.TryGetValue(full, out var target))
            {
                if (!_options.Files.Exists(full))
                {
                    _diagnostics.Add(Diagnostic.Create(CompilerDiagnostics.ImportNotFound, at, written, full));
                    continue;
                }
                target = SourceLoader.Load(full, _options.Files, out var loadDiagnostic);
                if (loadDiagnostic is not null) _diagnostics.Add(loadDiagnostic);
                _byPath[full] = target;
                _trees.Add(target);
                queue.Enqueue(target);
            }
            edges.Add((directive, target));
        }
    }

    private void ReportCycles()
    {
        var state = new Dictionary<SyntaxTree, int>(ReferenceEqualityComparer.Instance); // 1 = on stack, 2 = done
        var stack = new List<SyntaxTree>();

        void Visit(SyntaxTree tree)
        {
            state[tree] = 1;
            stack.Add(tree);
            foreach (var (directive, target) in ImportsOf(tree))
            {
                state.TryGetValue(target, out var s);
                if (s == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(target)).Append(target).Select(t => Path.GetFileName(t.Path));
                    _diagnostics.Add(Diagnostic.Create(CompilerDiagnostics.ImportCycle, new Location(tree.Text, directive.Path.Span),
                        string.Join(" → ", cycle)));
                }
                else if (s == 0)
                {
                    Visit(target);
                }
            }
            stack.RemoveAt(stack.Count - 1);
            state[tree] = 2;
        }

        foreach (var tree in _trees)
            if (!state.ContainsKey(tree)) Visit(tree);
    }

    private FrozenDictionary<SyntaxTree, int> Components()
    {
        var component = new Dictionary<SyntaxTree, int>(ReferenceEqualityComparer.Instance);
        var neighbours = _trees.ToDictionary(t => t, _ => new List<SyntaxTree>());
        foreach (var tree in _trees)
            foreach (var (_, target) in ImportsOf(tree))
            {
                neighbours[tree].Add(target);
                neighbours[target].Add(tree);
            }
        var next = 0;
        foreach (var start in _trees)
        {
            if (component.ContainsKey(start)) continue;
            var stack = new Stack<SyntaxTree>([start]);
            component[start] = next;
            while (stack.Count > 0)
                foreach (var neighbour in neighbours[stack.Pop()])
                    if (component.TryAdd(neighbour, next)) stack.Push(neighbour);
            next++;
        }
        return component.ToFrozenDictionary();
    }

    private IReadOnlySet<SyntaxTree> Closure(SyntaxTree start)
    {
        var seen = new HashSet<SyntaxTree>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<SyntaxTree>([start]);
        while (stack.Count > 0)
            foreach (var (_, target) in ImportsOf(stack.Pop()))
                if (seen.Add(target)) stack.Push(target);
        seen.Remove(start);
        return seen;
    }
}
