using System.Collections.Frozen;
using System.Collections.Immutable;
using KpiLang.Compiler;
using KpiLang.Diagnostics;
using KpiLang.Syntax;

namespace KpiLang.LanguageServer.Workspace;

/// <summary>
/// One compiled group of files (joined by imports) with its findings, computed once on first use. Immutable: an
/// edit makes a new one, so a request that holds this keeps answering from a consistent state.
/// </summary>
internal sealed class CheckedSpecification
{
    private readonly FrozenDictionary<string, SyntaxTree> _trees;
    private readonly FrozenDictionary<string, int> _versions;
    private readonly Lazy<ILookup<string, Diagnostic>> _diagnostics;

    public CheckedSpecification(Compilation compilation, IReadOnlyDictionary<string, int> versions, Func<Compilation, ImmutableArray<Diagnostic>> check)
    {
        Compilation = compilation;
        _trees = compilation.SyntaxTrees.Where(t => t.Path.Length > 0)
            .GroupBy(t => t.Path, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _versions = versions.ToFrozenDictionary(StringComparer.Ordinal);
        _diagnostics = new(() => check(compilation).ToLookup(d => d.Location.Path, StringComparer.Ordinal), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Compilation Compilation { get; }

    /// <summary>The same compilation and versions judged with other settings (a kpiconfig.json changed).</summary>
    public CheckedSpecification WithCheck(Func<Compilation, Func<Compilation, ImmutableArray<Diagnostic>>> prepare) =>
        new(Compilation, _versions, prepare(Compilation));

    public IEnumerable<string> Paths => _trees.Keys;

    public SyntaxTree? GetTree(string path) => _trees.GetValueOrDefault(path);

    /// <summary>The editor's version of the text this was compiled from, or null for a file read from disk.</summary>
    public int? GetVersion(string path) => _versions.TryGetValue(path, out var version) ? version : null;

    public IEnumerable<Diagnostic> GetDiagnostics(string path) => _diagnostics.Value[path];

    public IEnumerable<Diagnostic> AllDiagnostics => _diagnostics.Value.SelectMany(g => g);
}
